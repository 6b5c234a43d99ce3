package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A referral was cancelled before the provider answered. */
@Revision("1")
public record ReferralCancelledEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String referralId,
        ServiceType serviceType,
        String providerId,
        String reason) implements EpisodeEvent {
}
