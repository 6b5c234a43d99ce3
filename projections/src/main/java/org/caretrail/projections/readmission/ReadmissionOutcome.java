package org.caretrail.projections.readmission;

/** Outcome of an index stay at asOf. */
public enum ReadmissionOutcome {
    READMITTED,
    NOT_READMITTED,
    PENDING
}
