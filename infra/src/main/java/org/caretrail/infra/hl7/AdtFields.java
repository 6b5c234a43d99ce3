package org.caretrail.infra.hl7;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Field access with the message's zone and the rules for required fields and times. */
record AdtFields(ParsedMessage message, ZoneId zone) {

    private static final List<FieldRef> EVENT_TIME = List.of(
            new FieldRef("EVN", 6), new FieldRef("EVN", 2), new FieldRef("MSH", 7));

    String value(String segment, int field, int component) {
        return message.value(segment, field, component);
    }

    String required(String segment, int field, int component, String what) {
        String value = message.value(segment, field, component);
        if (value == null) {
            String location = segment + "-" + field + (component > 1 ? "." + component : "");
            throw Hl7Problem.refused(ErrorCode.REQUIRED_FIELD_MISSING, location, what + " is missing");
        }
        return value;
    }

    /** When the event happened: EVN-6, else EVN-2, else MSH-7. */
    Instant eventTime() {
        return firstTime(EVENT_TIME);
    }

    /** PV1-44 (admit date/time) when present, since it names exactly that moment; else the event time. */
    Instant admissionTime() {
        return firstTime(prefixed(new FieldRef("PV1", 44)));
    }

    /** PV1-45 (discharge date/time) when present; else the event time. */
    Instant dischargeTime() {
        return firstTime(prefixed(new FieldRef("PV1", 45)));
    }

    /** EVN-4, the event reason: its text, else its code, else the default. */
    String reasonOr(String fallback) {
        String text = message.value("EVN", 4, 2);
        String code = message.value("EVN", 4, 1);
        return text != null ? text : code != null ? code : fallback;
    }

    private static List<FieldRef> prefixed(FieldRef first) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), EVENT_TIME.stream()).toList();
    }

    private Instant firstTime(List<FieldRef> order) {
        for (FieldRef ref : order) {
            String value = message.value(ref.segment(), ref.field(), 1);
            if (value != null) {
                return Hl7Time.parse(value, zone, ref.toString());
            }
        }
        throw Hl7Problem.refused(ErrorCode.REQUIRED_FIELD_MISSING, "MSH-7", "no event time (EVN-6, EVN-2 or MSH-7)");
    }
}
