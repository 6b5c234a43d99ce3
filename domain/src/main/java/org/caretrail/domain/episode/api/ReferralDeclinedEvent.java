package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The provider declined a referral. */
@Revision("1")
public record ReferralDeclinedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String referralId,
        ServiceType serviceType,
        String providerId,
        String reason) implements EpisodeEvent {
}
