package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The last transfer was undone; the patient is back in restoredUnit. */
@Revision("1")
public record TransferCancelledEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String cancelledToUnit,
        String restoredUnit,
        String reason) implements EpisodeEvent {
}
