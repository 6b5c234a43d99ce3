package org.caretrail.projections.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.bson.types.ObjectId;

/**
 * Converts a projection's own document types to MongoDB documents and back, through JSON, so
 * that what is stored reads as plain JSON (instants as ISO-8601 text) in the database.
 * <p>
 * The conversion goes through Jackson's tree, not JSON text: the same values come out as
 * {@code Document.parse} of the JSON and relaxed {@code Document.toJson} gave (numbers that fit an
 * int as Integer, nested objects as Documents, dates and object ids in their extended-JSON form),
 * without writing and parsing text twice per event (decision 0021: a third of a rebuild's handler
 * time went there).
 */
public final class DocumentMapper {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public Document toDocument(Object value) {
        JsonNode tree;
        try {
            tree = json.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot store " + value.getClass().getSimpleName(), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalArgumentException("cannot store " + value.getClass().getSimpleName() + " as a document");
        }
        return document(object);
    }

    public <T> T fromDocument(Document document, Class<T> type) {
        try {
            JsonNode tree = tree(document);
            if (tree == null) {
                return json.readValue(document.toJson(RELAXED), type);
            }
            return json.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }

    public ObjectMapper json() {
        return json;
    }

    private static Document document(ObjectNode object) {
        Document document = new Document();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            document.put(field.getKey(), value(field.getValue()));
        }
        return document;
    }

    private static Object value(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                return document((ObjectNode) node);
            case ARRAY:
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(element -> list.add(value(element)));
                return list;
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                if (node.isIntegralNumber()) {
                    return node.canConvertToInt() ? (Object) node.intValue() : (Object) node.longValue();
                }
                return node.doubleValue();
            case NULL:
                return null;
            default:
                return node.asText();
        }
    }

    /** The document as Jackson's tree, or null if it holds a type the relaxed JSON form must spell out. */
    private static JsonNode tree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                JsonNode child = tree(entry.getValue());
                if (child == null) {
                    return null;
                }
                object.set(String.valueOf(entry.getKey()), child);
            }
            return object;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode(collection.size());
            for (Object element : collection) {
                JsonNode child = tree(element);
                if (child == null) {
                    return null;
                }
                array.add(child);
            }
            return array;
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number && Double.isFinite(number)) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Date date) {
            return NODES.objectNode().put("$date", date.toInstant().toString());
        }
        if (value instanceof ObjectId id) {
            return NODES.objectNode().put("$oid", id.toHexString());
        }
        return null;
    }
}
