package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes the patient class from the given time on (HL7 A06/A07). */
public record ChangePatientClassCommand(
        @TargetAggregateIdentifier String episodeId,
        PatientClass patientClass,
        Instant effectiveAt) {
}
