package org.caretrail.domain.compliance.api;

/** The compliance clocks of docs/MEASURES.md, in the order an episode lists them. */
public enum ComplianceClock {
    IMM_INITIAL,
    IMM_FOLLOW_UP,
    MOON,
    TCM_CONTACT,
    OBSERVATION_48H,
    REFERRAL_RESPONSE,
    POST_ACUTE_CHOICE
}
