package org.caretrail.infra.hl7;

/** A field of a segment, for naming where a value came from. */
record FieldRef(String segment, int field) {

    @Override
    public String toString() {
        return segment + "-" + field;
    }
}
