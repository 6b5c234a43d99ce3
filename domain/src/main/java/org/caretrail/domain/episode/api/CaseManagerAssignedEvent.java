package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A case manager was assigned to the episode. */
@Revision("1")
public record CaseManagerAssignedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String caseManagerId) implements EpisodeEvent {
}
