package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient moved to another unit. */
@Revision("1")
public record PatientTransferredEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String fromUnit,
        String toUnit) implements EpisodeEvent {
}
