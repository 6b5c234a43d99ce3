package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the patient to another unit (HL7 A02). */
public record TransferPatientCommand(
        @TargetAggregateIdentifier String episodeId,
        String toUnit,
        Instant effectiveAt) {
}
