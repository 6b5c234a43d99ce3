package org.caretrail.projections.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Converts a projection's own document types to MongoDB documents and back, through JSON, so
 * that what is stored reads as plain JSON (instants as ISO-8601 text) in the database.
 */
public final class DocumentMapper {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public Document toDocument(Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        try {
            return json.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    public ObjectMapper json() {
        return json;
    }
}
