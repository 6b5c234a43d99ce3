package org.caretrail.domain.episode.api;

/** The status of a referral to a post-acute provider. */
public enum ReferralStatus {
    PLACED,
    ACCEPTED,
    DECLINED,
    CANCELLED
}
