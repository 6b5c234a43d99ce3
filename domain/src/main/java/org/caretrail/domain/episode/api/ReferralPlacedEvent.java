package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A referral to a post-acute provider was placed. */
@Revision("1")
public record ReferralPlacedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String referralId,
        ServiceType serviceType,
        String providerId) implements EpisodeEvent {
}
