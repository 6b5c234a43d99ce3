package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Patient or caregiver education was recorded. */
@Revision("1")
public record EducationRecordedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String topic,
        boolean teachBackConfirmed) implements EpisodeEvent {
}
