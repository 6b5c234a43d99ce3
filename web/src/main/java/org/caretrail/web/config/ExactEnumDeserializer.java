package org.caretrail.web.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import java.io.IOException;

/**
 * Refuses an enum value with surrounding spaces ({@code "INPATIENT "}), which Jackson would trim and accept: a value
 * that is not exactly one of the names is unknown, like any other.
 */
final class ExactEnumDeserializer extends JsonDeserializer<Object> implements ContextualDeserializer,
        ResolvableDeserializer {

    private final JsonDeserializer<?> delegate;
    private final Class<?> enumType;

    ExactEnumDeserializer(JsonDeserializer<?> delegate, Class<?> enumType) {
        this.delegate = delegate;
        this.enumType = enumType;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (!text.equals(text.strip())) {
                return context.handleWeirdStringValue(enumType, text, "surrounding spaces are not part of any value");
            }
        }
        return delegate.deserialize(parser, context);
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        if (delegate instanceof ContextualDeserializer contextual) {
            return new ExactEnumDeserializer(contextual.createContextual(context, property), enumType);
        }
        return this;
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        if (delegate instanceof ResolvableDeserializer resolvable) {
            resolvable.resolve(context);
        }
    }
}
