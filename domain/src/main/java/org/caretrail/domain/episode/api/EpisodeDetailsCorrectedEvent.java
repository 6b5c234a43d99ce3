package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Episode details were corrected; a null field was left unchanged. */
@Revision("1")
public record EpisodeDetailsCorrectedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String principalDiagnosis,
        Payer payer,
        Boolean planned,
        String unit) implements EpisodeEvent {
}
