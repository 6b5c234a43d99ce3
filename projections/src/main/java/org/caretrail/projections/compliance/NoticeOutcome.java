package org.caretrail.projections.compliance;

/** How the patient answered a delivered notice; either way the notice counts as delivered. */
public enum NoticeOutcome {
    SIGNED,
    REFUSED
}
