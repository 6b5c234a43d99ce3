package org.caretrail.projections.compliance;

/** A post-acute provider's answer to a referral; either answer meets the response clock. */
public enum ReferralDecision {
    ACCEPTED,
    DECLINED
}
