package org.caretrail.infra.hl7;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Field access with the message's zone and the rules for required fields and times. */
record AdtFields(ParsedMessage message, ZoneId zone) {

    String required(String segment, int field, int component, String what) {
        String value = message.value(segment, field, component);
        if (value == null) {
            String location = segment + "-" + field + (component > 1 ? "." + component : "");
            throw Hl7Problem.rejected(ErrorCode.REQUIRED_FIELD_MISSING, location, what + " is missing");
        }
        return value;
    }

    /** EVN-6, else the preferred field, else EVN-2, else MSH-7. */
    Instant clinicalTime(FieldRef preferred) {
        List<FieldRef> order = preferred == null
                ? List.of(new FieldRef("EVN", 6), new FieldRef("EVN", 2), new FieldRef("MSH", 7))
                : List.of(new FieldRef("EVN", 6), preferred, new FieldRef("EVN", 2), new FieldRef("MSH", 7));
        return firstTime(order);
    }

    Instant dischargeTime() {
        return firstTime(List.of(new FieldRef("PV1", 45), new FieldRef("EVN", 6),
                new FieldRef("EVN", 2), new FieldRef("MSH", 7)));
    }

    /** EVN-4, the event reason: its text, else its code, else the default. */
    String reasonOr(String fallback) {
        String text = message.value("EVN", 4, 2);
        String code = message.value("EVN", 4, 1);
        return text != null ? text : code != null ? code : fallback;
    }

    private Instant firstTime(List<FieldRef> order) {
        for (FieldRef ref : order) {
            String value = message.value(ref.segment(), ref.field(), 1);
            if (value != null) {
                return Hl7Time.parse(value, zone, ref.toString());
            }
        }
        throw Hl7Problem.rejected(ErrorCode.REQUIRED_FIELD_MISSING, "MSH-7", "no event time (EVN-6, EVN-2 or MSH-7)");
    }
}
