package org.caretrail.web.accesslog;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.IndexedListSerializer;
import com.fasterxml.jackson.databind.ser.impl.IndexedStringListSerializer;
import com.fasterxml.jackson.databind.ser.impl.StringArraySerializer;
import com.fasterxml.jackson.databind.ser.impl.StringCollectionSerializer;
import com.fasterxml.jackson.databind.ser.std.CollectionSerializer;
import com.fasterxml.jackson.databind.ser.std.IterableSerializer;
import com.fasterxml.jackson.databind.ser.std.MapSerializer;
import com.fasterxml.jackson.databind.ser.std.ObjectArraySerializer;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The patients and episodes a handler's result holds, read from the result object itself, whatever media type
 * the answer is sent in: the properties are those Jackson writes, so the answer is the one its JSON tree gives.
 * An {@code episodeId} or {@code aggregateId} counts as an episode to resolve only where no patient is named
 * beside, inside or around it.
 *
 * <p>A {@link Reader} walks the typed answer through the properties of Jackson's own bean serializers (names,
 * ignored and renamed properties as Jackson writes them), lists, maps and optionals, without building a tree
 * (decision 0029). Whatever it cannot read that way exactly (a custom serializer, an any-getter, a filter, an
 * unwrapped or a non-text patient property) it turns into Jackson's tree and reads that, as every answer was
 * read before.
 */
final class ResultPatients {

    private static final Set<String> NAMED = Set.of("patientId", "patientIds", "episodeId", "aggregateId");
    private static final int MAX_DEPTH = 1_000;

    private final Set<String> patients = new LinkedHashSet<>();
    private final Set<String> episodes = new LinkedHashSet<>();

    private ResultPatients() {
    }

    /** As {@link Reader#in}, through the tree alone; what the typed walk must agree with. */
    static ResultPatients inTree(Object result, ObjectMapper json) {
        ResultPatients found = new ResultPatients();
        found.walk(json.valueToTree(result), false);
        return found;
    }

    Set<String> patients() {
        return patients;
    }

    /** Episodes whose patient the result does not name. */
    Set<String> episodes() {
        return episodes;
    }

    /** Reads results with one mapper's serializers, keeping how each class is written. */
    static final class Reader {

        private final ObjectMapper json;
        private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

        Reader(ObjectMapper json) {
            this.json = json;
        }

        ResultPatients in(Object result) {
            ResultPatients found = new ResultPatients();
            found.visit(result, false, this, 0);
            return found;
        }

        private Shape shapeOf(Class<?> type) {
            return shapes.computeIfAbsent(type, this::learn);
        }

        private Shape learn(Class<?> type) {
            Object serializer;
            try {
                serializer = json.getSerializerProviderInstance().findValueSerializer(type);
            } catch (JsonMappingException | RuntimeException e) {
                return Shape.TREE;
            }
            if (serializer.getClass() == BeanSerializer.class) {
                return bean((BeanSerializer) serializer);
            }
            if (serializer instanceof MapSerializer && Map.class.isAssignableFrom(type)) {
                return Shape.MAP;
            }
            if ((serializer instanceof CollectionSerializer || serializer instanceof IndexedListSerializer
                    || serializer instanceof StringCollectionSerializer
                    || serializer instanceof IndexedStringListSerializer) && Collection.class.isAssignableFrom(type)
                    || serializer instanceof IterableSerializer && Iterable.class.isAssignableFrom(type)
                    || (serializer instanceof ObjectArraySerializer || serializer instanceof StringArraySerializer)
                    && Object[].class.isAssignableFrom(type)) {
                return Shape.ARRAY;
            }
            if (serializer instanceof ReferenceTypeSerializer && Optional.class.equals(type)) {
                return Shape.OPTIONAL;
            }
            if (CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
                    || Boolean.class.equals(type) || Character.class.equals(type) || type.isEnum()
                    || TemporalAccessor.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                    || Date.class.isAssignableFrom(type) || UUID.class.equals(type)) {
                return Shape.LEAF; // written as a value (a shape-object enum has a bean serializer, above)
            }
            return Shape.TREE;
        }

        private static Shape bean(BeanSerializer serializer) {
            if (serializer.usesObjectId() || serializer.isUnwrappingSerializer()) {
                return Shape.TREE;
            }
            List<BeanPropertyWriter> writers = new ArrayList<>();
            for (Iterator<PropertyWriter> properties = serializer.properties(); properties.hasNext(); ) {
                PropertyWriter property = properties.next();
                if (property.getClass() != BeanPropertyWriter.class) {
                    return Shape.TREE; // unwrapped, virtual or otherwise written its own way
                }
                BeanPropertyWriter writer = (BeanPropertyWriter) property;
                if (writer.hasSerializer() || writer.getTypeSerializer() != null) {
                    return Shape.TREE;
                }
                writers.add(writer);
            }
            if (FilterId.of(serializer)) {
                return Shape.TREE; // an any-getter is a property writer of its own kind, refused above
            }
            return new Shape(Kind.BEAN, List.copyOf(writers));
        }
    }

    private enum Kind { LEAF, BEAN, MAP, ARRAY, OPTIONAL, TREE }

    private record Shape(Kind kind, List<BeanPropertyWriter> properties) {
        static final Shape LEAF = new Shape(Kind.LEAF, List.of());
        static final Shape MAP = new Shape(Kind.MAP, List.of());
        static final Shape ARRAY = new Shape(Kind.ARRAY, List.of());
        static final Shape OPTIONAL = new Shape(Kind.OPTIONAL, List.of());
        static final Shape TREE = new Shape(Kind.TREE, List.of());
    }

    /** Whether a bean serializer filters its properties by a filter id, which this walk does not apply. */
    private static final class FilterId extends BeanSerializer {
        private FilterId(BeanSerializer source) {
            super(source);
        }

        static boolean of(BeanSerializer serializer) {
            return new FilterId(serializer)._propertyFilterId != null;
        }
    }

    /** @return whether the value names a patient itself or anywhere inside */
    private boolean visit(Object value, boolean patientAround, Reader reader, int depth) {
        if (value == null) {
            return false;
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("the answer nests deeper than " + MAX_DEPTH + " levels");
        }
        Shape shape = reader.shapeOf(value.getClass());
        return switch (shape.kind()) {
            case LEAF -> false;
            case OPTIONAL -> visit(((Optional<?>) value).orElse(null), patientAround, reader, depth + 1);
            case ARRAY -> {
                boolean inside = false;
                Iterable<?> items = value instanceof Object[] array ? Arrays.asList(array)
                        : (Iterable<?>) value;
                for (Object item : items) {
                    inside |= visit(item, patientAround, reader, depth + 1);
                }
                yield inside;
            }
            case MAP -> visitMap((Map<?, ?>) value, patientAround, reader, depth);
            case BEAN -> visitBean(value, shape.properties(), patientAround, reader, depth);
            case TREE -> walk(reader.json.valueToTree(value), patientAround);
        };
    }

    private boolean visitMap(Map<?, ?> map, boolean patientAround, Reader reader, int depth) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name) || NAMED.contains(name) && !plain(name, map.get(key))) {
                return walk(reader.json.valueToTree(map), patientAround);
            }
        }
        boolean here = text(map.get("patientId")) | texts(map.get("patientIds"));
        boolean inside = false;
        for (Object child : map.values()) {
            inside |= visit(child, patientAround || here, reader, depth + 1);
        }
        if (!here && !inside && !patientAround) {
            episode(map.get("episodeId"));
            episode(map.get("aggregateId"));
        }
        return here || inside;
    }

    private boolean visitBean(Object bean, List<BeanPropertyWriter> properties, boolean patientAround, Reader reader,
                              int depth) {
        Object[] values = new Object[properties.size()];
        Object patientId = null;
        Object patientIds = null;
        Object episodeId = null;
        Object aggregateId = null;
        for (int i = 0; i < values.length; i++) {
            BeanPropertyWriter property = properties.get(i);
            try {
                values[i] = property.get(bean);
            } catch (Exception e) {
                throw new IllegalArgumentException("cannot read " + property.getName() + " of "
                        + bean.getClass().getName(), e);
            }
            String name = property.getName();
            if (NAMED.contains(name)) {
                if (!plain(name, values[i])) {
                    return walk(reader.json.valueToTree(bean), patientAround);
                }
                switch (name) {
                    case "patientId" -> patientId = values[i];
                    case "patientIds" -> patientIds = values[i];
                    case "episodeId" -> episodeId = values[i];
                    default -> aggregateId = values[i];
                }
            }
        }
        boolean here = text(patientId) | texts(patientIds);
        boolean inside = false;
        for (Object child : values) {
            inside |= visit(child, patientAround || here, reader, depth + 1);
        }
        if (!here && !inside && !patientAround) {
            episode(episodeId);
            episode(aggregateId);
        }
        return here || inside;
    }

    /** Whether a named property's value reads the same here as in the tree: text, nothing, or a list of text. */
    private static boolean plain(String name, Object value) {
        if (value == null || value instanceof String) {
            return true;
        }
        if ("patientIds".equals(name) && value instanceof Collection<?> many) {
            return many.stream().allMatch(one -> one == null || one instanceof String);
        }
        return false;
    }

    private boolean texts(Object many) {
        boolean any = false;
        if (many instanceof Collection<?> values) {
            for (Object one : values) {
                any |= text(one);
            }
        }
        return any;
    }

    private boolean text(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            patients.add(text);
            return true;
        }
        return false;
    }

    private void episode(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            episodes.add(text);
        }
    }

    /** @return whether the node names a patient itself or anywhere inside */
    private boolean walk(JsonNode node, boolean patientAround) {
        if (node == null || !node.isContainerNode()) {
            return false;
        }
        boolean here = false;
        if (node.isObject()) {
            here = text(node.get("patientId"));
            JsonNode many = node.get("patientIds");
            if (many != null && many.isArray()) {
                for (JsonNode one : many) {
                    here |= text(one);
                }
            }
        }
        boolean inside = false;
        for (JsonNode child : node) {
            inside |= walk(child, patientAround || here);
        }
        if (node.isObject() && !here && !inside && !patientAround) {
            episode(node.get("episodeId"));
            episode(node.get("aggregateId"));
        }
        return here || inside;
    }

    private boolean text(JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            patients.add(value.asText());
            return true;
        }
        return false;
    }

    private void episode(JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isBlank()) {
            episodes.add(value.asText());
        }
    }
}
