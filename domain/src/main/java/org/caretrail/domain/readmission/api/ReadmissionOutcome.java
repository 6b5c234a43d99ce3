package org.caretrail.domain.readmission.api;

/** The outcome of an index stay at asOf. */
public enum ReadmissionOutcome {
    READMITTED,
    NOT_READMITTED,
    PENDING
}
