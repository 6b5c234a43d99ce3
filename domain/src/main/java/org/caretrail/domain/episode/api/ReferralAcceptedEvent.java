package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The provider accepted a referral. */
@Revision("1")
public record ReferralAcceptedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String referralId,
        ServiceType serviceType,
        String providerId) implements EpisodeEvent {
}
