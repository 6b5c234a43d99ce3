package org.caretrail.projections.readmission;

/** Why a discharged, taking-part stay is not an index stay. */
public enum ExclusionReason {
    TRANSFERRED_OUT,
    SAME_DAY_CONTINUATION,
    DIED,
    LEFT_AMA,
    /** Discharged with the disposition not known yet (an HL7 A03 without PV1-36). */
    DISPOSITION_UNKNOWN
}
