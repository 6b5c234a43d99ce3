package org.caretrail.infra.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDecimal128;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Turns the JSON text a serializer produced into BSON an auditor can read, and back, without losing
 * a digit: numbers keep their exact value, field order is kept.
 */
final class JsonBson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
                                                         .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                                                         .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                                                         .nodeFactory(NODES)
                                                         .build();

    private JsonBson() {
    }

    static BsonValue toBson(String json) {
        try {
            return toBson(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new EventStoreException("The event serializer must produce JSON; got: " + abbreviate(json), e);
        }
    }

    static String toJson(BsonValue value) {
        try {
            return MAPPER.writeValueAsString(toNode(value));
        } catch (JsonProcessingException e) {
            throw new EventStoreException("Stored BSON could not be written as JSON", e);
        }
    }

    private static BsonValue toBson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return BsonNull.VALUE;
        }
        if (node.isObject()) {
            BsonDocument document = new BsonDocument();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                document.append(field.getKey(), toBson(field.getValue()));
            }
            return document;
        }
        if (node.isArray()) {
            BsonArray array = new BsonArray();
            node.forEach(element -> array.add(toBson(element)));
            return array;
        }
        if (node.isTextual()) {
            return new BsonString(node.textValue());
        }
        if (node.isBoolean()) {
            return BsonBoolean.valueOf(node.booleanValue());
        }
        if (node.isInt() || node.isShort()) {
            return new BsonInt32(node.intValue());
        }
        if (node.isLong()) {
            return new BsonInt64(node.longValue());
        }
        if (node.isNumber()) {
            return exactNumber(node.decimalValue());
        }
        throw new EventStoreException("Unsupported JSON node type " + node.getNodeType());
    }

    // A double is the most readable form, but only where it reproduces the exact text that was written.
    private static BsonValue exactNumber(BigDecimal number) {
        double asDouble = number.doubleValue();
        if (Double.isFinite(asDouble) && new BigDecimal(Double.toString(asDouble)).equals(number)) {
            return new BsonDouble(asDouble);
        }
        try {
            return new BsonDecimal128(new Decimal128(number));
        } catch (NumberFormatException tooPrecise) {
            throw new EventStoreException("Number " + number + " cannot be stored without losing precision",
                                          tooPrecise);
        }
    }

    private static JsonNode toNode(BsonValue value) {
        switch (value.getBsonType()) {
            case DOCUMENT -> {
                ObjectNode object = NODES.objectNode();
                value.asDocument().forEach((key, field) -> object.set(key, toNode(field)));
                return object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                value.asArray().forEach(element -> array.add(toNode(element)));
                return array;
            }
            case STRING -> {
                return NODES.textNode(value.asString().getValue());
            }
            case BOOLEAN -> {
                return NODES.booleanNode(value.asBoolean().getValue());
            }
            case INT32 -> {
                return NODES.numberNode(value.asInt32().getValue());
            }
            case INT64 -> {
                return NODES.numberNode(value.asInt64().getValue());
            }
            case DOUBLE -> {
                return NODES.numberNode(value.asDouble().getValue());
            }
            case DECIMAL128 -> {
                return NODES.numberNode(value.asDecimal128().getValue().bigDecimalValue());
            }
            case NULL -> {
                return NODES.nullNode();
            }
            default -> throw new EventStoreException("Unexpected BSON type " + value.getBsonType() + " in a payload");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
