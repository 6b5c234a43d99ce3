package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A beneficiary notice was delivered. */
@Revision("1")
public record NoticeDeliveredEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        NoticeType notice,
        NoticeOutcome outcome) implements EpisodeEvent {
}
