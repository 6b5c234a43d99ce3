package org.caretrail.web.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads an instant only from ISO-8601 text with an offset. Jackson would also take a number as
 * epoch seconds, which in clinical input is far more often a mistake than a time.
 */
final class StrictInstantDeserializer extends StdScalarDeserializer<Instant> {

    StrictInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        return InstantDeserializer.INSTANT.deserialize(parser, context);
    }
}
