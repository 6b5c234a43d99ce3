package org.caretrail.domain.readmission.api;

/** Why a discharged stay that takes part in a measure is not an index stay. */
public enum ExclusionReason {
    TRANSFERRED_OUT,
    SAME_DAY_CONTINUATION,
    DIED,
    LEFT_AMA,
    /** Discharged with the disposition not known yet (an HL7 A03 without PV1-36). */
    DISPOSITION_UNKNOWN
}
