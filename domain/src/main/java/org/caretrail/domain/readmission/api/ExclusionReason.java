package org.caretrail.domain.readmission.api;

/** Why a discharged stay that takes part in a measure is not an index stay. */
public enum ExclusionReason {
    TRANSFERRED_OUT,
    SAME_DAY_CONTINUATION,
    DIED,
    LEFT_AMA
}
