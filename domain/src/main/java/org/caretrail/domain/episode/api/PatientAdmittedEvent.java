package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A patient was admitted, opening the episode. */
@Revision("1")
public record PatientAdmittedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        PatientClass patientClass,
        Payer payer,
        String admitSource,
        String unit,
        String principalDiagnosis,
        boolean planned) implements EpisodeEvent {
}
