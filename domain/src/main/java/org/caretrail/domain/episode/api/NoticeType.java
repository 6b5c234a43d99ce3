package org.caretrail.domain.episode.api;

/** A beneficiary notice: the Important Message from Medicare or the Medicare Outpatient Observation Notice. */
public enum NoticeType {
    IMM,
    MOON
}
