package org.caretrail.infra.hl7;

/** A field that may carry the visit number, which CareTrail takes as the episode id. */
public enum VisitNumberSource {
    /** PV1-19, the visit number. */
    PV1_19("PV1", 19),
    /** PID-18, the patient account number, where many registration systems keep the visit. */
    PID_18("PID", 18),
    /** PV1-50, the alternate visit id. */
    PV1_50("PV1", 50);

    private final String segment;
    private final int field;

    VisitNumberSource(String segment, int field) {
        this.segment = segment;
        this.field = field;
    }

    String segment() {
        return segment;
    }

    int field() {
        return field;
    }

    String location() {
        return segment + "-" + field;
    }
}
