package org.caretrail.domain.compliance.api;

/** Where a compliance clock stands at an instant (meanings in docs/MEASURES.md). */
public enum ClockStatus {
    NOT_APPLICABLE,
    OPEN,
    OVERDUE,
    MET,
    MET_LATE,
    MISSED;

    /** Whether the clock belongs on the worklist: someone still has something to do. */
    public boolean isActionable() {
        return this == OPEN || this == OVERDUE;
    }
}
