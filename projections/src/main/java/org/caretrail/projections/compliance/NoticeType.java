package org.caretrail.projections.compliance;

/** Beneficiary notices: the Important Message from Medicare and the Medicare Outpatient Observation Notice. */
public enum NoticeType {
    IMM,
    MOON
}
