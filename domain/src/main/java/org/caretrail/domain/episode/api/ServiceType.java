package org.caretrail.domain.episode.api;

/** The kind of post-acute or follow-up service a referral asks for. */
public enum ServiceType {
    HOME_HEALTH,
    SNF,
    IRF,
    LTCH,
    HOSPICE,
    PALLIATIVE_CARE,
    DME,
    OUTPATIENT_FOLLOW_UP,
    OTHER
}
