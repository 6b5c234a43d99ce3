package org.caretrail.projections.readmission;

/** Why a discharged, taking-part stay is not an index stay. */
public enum ExclusionReason {
    TRANSFERRED_OUT,
    SAME_DAY_CONTINUATION,
    DIED,
    LEFT_AMA
}
