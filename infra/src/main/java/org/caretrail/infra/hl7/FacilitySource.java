package org.caretrail.infra.hl7;

/** A field that may name the facility of a visit. */
public enum FacilitySource {
    /** MSH-4, the sending facility. */
    MSH_4("MSH", 4, 1),
    /** PV1-3.4, the facility of the assigned patient location. */
    PV1_3_4("PV1", 3, 4),
    /** PV1-39, the servicing facility. */
    PV1_39("PV1", 39, 1);

    private final String segment;
    private final int field;
    private final int component;

    FacilitySource(String segment, int field, int component) {
        this.segment = segment;
        this.field = field;
        this.component = component;
    }

    String read(ParsedMessage message) {
        return message.value(segment, field, component);
    }

    String location() {
        return segment + "-" + field + (component > 1 ? "." + component : "");
    }
}
