package org.caretrail.domain.episode.api;

import java.time.Instant;

/** A referral of an episode with its current status. */
public record ReferralView(String referralId, ServiceType serviceType, String providerId, ReferralStatus status,
                           Instant placedAt, Instant answeredAt) {
}
