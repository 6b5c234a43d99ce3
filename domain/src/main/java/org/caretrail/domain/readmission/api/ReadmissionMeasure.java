package org.caretrail.domain.readmission.api;

/** The readmission measures of docs/MEASURES.md: inpatient stays only, or inpatient and observation stays. */
public enum ReadmissionMeasure {
    ACUTE_30,
    ALL_STAYS_30
}
