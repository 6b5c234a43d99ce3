package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A post-discharge follow-up contact attempt was recorded. */
@Revision("1")
public record FollowUpContactRecordedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        boolean successful,
        String method) implements EpisodeEvent {
}
