package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A discharge needs assessment was recorded. */
@Revision("1")
public record NeedsAssessmentRecordedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        List<String> barriers,
        List<String> supportSystems) implements EpisodeEvent {
}
