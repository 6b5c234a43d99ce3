package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The discharge was cancelled; the episode is active again. */
@Revision("1")
public record DischargeCancelledEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String reason) implements EpisodeEvent {
}
