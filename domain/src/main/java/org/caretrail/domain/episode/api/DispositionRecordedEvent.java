package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The disposition of the live discharge became known or was corrected; {@code previousDisposition} is null
 * when the discharge was recorded without one. The discharge time is unchanged.
 */
@Revision("1")
public record DispositionRecordedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String disposition,
        String previousDisposition) implements EpisodeEvent {
}
