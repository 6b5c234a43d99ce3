package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The patient class changed at occurredAt. */
@Revision("1")
public record PatientClassChangedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        PatientClass fromClass,
        PatientClass toClass) implements EpisodeEvent {
}
