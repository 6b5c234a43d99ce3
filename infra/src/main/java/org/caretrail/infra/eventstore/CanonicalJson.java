package org.caretrail.infra.eventstore;

import org.bson.BsonValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes stored BSON as canonical JSON, the byte form an event's hash is taken over: no whitespace, object
 * keys sorted by UTF-16 code units, strings escaped as RFC 8785 does, integers in decimal, other numbers as their
 * exact decimal value in plain notation, dates as epoch milliseconds. Any other BSON type cannot be part of a
 * stored event, so it fails rather than hashing something the engine never wrote.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    public static String write(BsonValue value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out);
        return out.toString();
    }

    private static void write(BsonValue value, StringBuilder out) {
        switch (value.getBsonType()) {
            case DOCUMENT -> writeObject(value.asDocument(), out);
            case ARRAY -> {
                out.append('[');
                List<BsonValue> values = value.asArray().getValues();
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(values.get(i), out);
                }
                out.append(']');
            }
            case STRING -> writeString(value.asString().getValue(), out);
            case BOOLEAN -> out.append(value.asBoolean().getValue());
            case INT32 -> out.append(value.asInt32().getValue());
            case INT64 -> out.append(value.asInt64().getValue());
            case DOUBLE -> out.append(plain(value.asDouble().getValue()));
            case DECIMAL128 -> out.append(value.asDecimal128().getValue().bigDecimalValue().toPlainString());
            case DATE_TIME -> out.append(value.asDateTime().getValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("A stored event holds no " + value.getBsonType());
        }
    }

    private static void writeObject(Map<String, BsonValue> document, StringBuilder out) {
        List<String> keys = new ArrayList<>(document.keySet());
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(keys.get(i), out);
            out.append(':');
            write(document.get(keys.get(i)), out);
        }
        out.append('}');
    }

    // The engine stores a double only where its shortest text is the number the serializer wrote (JsonBson).
    private static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("A stored event holds no " + value);
        }
        return new BigDecimal(Double.toString(value)).toPlainString();
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
