package org.caretrail.projections.placement;

import java.time.Instant;
import org.caretrail.domain.episode.api.ServiceType;

/**
 * One referral's course as the placement rules see it; an answer or cancellation after asOf has not happened.
 *
 * @param answeredAt when the provider accepted or declined ({@code accepted} says which), null while unanswered
 */
public record ReferralCourse(String facilityId, ServiceType serviceType, String providerId, Instant placedAt,
                             Instant answeredAt, boolean accepted, Instant cancelledAt) {
}
