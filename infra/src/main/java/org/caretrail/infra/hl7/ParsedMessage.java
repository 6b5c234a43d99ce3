package org.caretrail.infra.hl7;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.Terser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed message read by segment name and field number, whatever Java structure HAPI chose: so
 * that misplaced segments and events sharing a structure read the same way.
 */
final class ParsedMessage {

    static final String HL7_NULL = "\"\"";

    private final List<Segment> segments;
    private final MessageHeader header;

    private ParsedMessage(List<Segment> segments, MessageHeader header) {
        this.segments = segments;
        this.header = header;
    }

    static ParsedMessage of(Message message) {
        List<Segment> segments = new ArrayList<>();
        collect(message, segments);
        ParsedMessage parsed = new ParsedMessage(segments, null);
        return new ParsedMessage(segments, MessageHeader.read(parsed));
    }

    MessageHeader header() {
        return header;
    }

    /** Every non-empty segment with this name, in the order HAPI placed them. */
    List<Segment> all(String name) {
        return segments.stream().filter(s -> s.getName().equals(name)).toList();
    }

    Optional<Segment> first(String name) {
        return segments.stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    /** Component {@code component} of the first repetition of a field of the first such segment. */
    String value(String segment, int field, int component) {
        return first(segment).map(s -> value(s, field, 0, component)).orElse(null);
    }

    /**
     * A component of one repetition of a field, decoded, or null when empty, absent or the HL7 null {@code ""}
     * (which says "no value" explicitly).
     */
    static String value(Segment segment, int field, int repetition, int component) {
        try {
            if (field > segment.numFields() || repetition >= segment.getField(field).length) {
                return null;
            }
            String value = Terser.get(segment, field, repetition, component, 1);
            return value == null || value.isBlank() || HL7_NULL.equals(value.trim()) ? null : value.trim();
        } catch (HL7Exception e) {
            return null; // a component the field does not have is simply absent
        }
    }

    static int repetitions(Segment segment, int field) {
        try {
            return field > segment.numFields() ? 0 : segment.getField(field).length;
        } catch (HL7Exception e) {
            return 0;
        }
    }

    private static void collect(Group group, List<Segment> into) {
        for (String name : group.getNames()) {
            Structure[] all;
            try {
                all = group.getAll(name);
            } catch (HL7Exception e) {
                continue; // a name without instances
            }
            for (Structure structure : all) {
                if (structure instanceof Segment segment) {
                    if (!isEmpty(segment)) {
                        into.add(segment);
                    }
                } else {
                    collect((Group) structure, into);
                }
            }
        }
    }

    private static boolean isEmpty(Segment segment) {
        try {
            return segment.isEmpty();
        } catch (HL7Exception e) {
            return true;
        }
    }
}
