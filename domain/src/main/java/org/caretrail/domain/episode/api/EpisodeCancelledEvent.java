package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The episode was cancelled or entered in error; measures ignore it from now on. */
@Revision("1")
public record EpisodeCancelledEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String reason) implements EpisodeEvent {
}
