package org.caretrail.domain.episode.api;

/** The primary payer of an episode. */
public enum Payer {
    MEDICARE,
    MEDICARE_ADVANTAGE,
    MEDICAID,
    COMMERCIAL,
    SELF_PAY,
    OTHER
}
