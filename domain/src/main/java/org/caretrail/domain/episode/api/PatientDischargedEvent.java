package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient was discharged; disposition is the UB-04 code, finalClass the class at discharge. */
@Revision("1")
public record PatientDischargedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        String disposition,
        String destinationProviderId,
        PatientClass finalClass) implements EpisodeEvent {
}
