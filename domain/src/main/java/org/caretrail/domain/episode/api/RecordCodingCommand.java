package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the episode's coding (diagnoses with exactly one principal, procedures), replacing any
 * earlier coding (HL7 DG1/PR1); repeating the current coding records nothing.
 */
public record RecordCodingCommand(
        @TargetAggregateIdentifier String episodeId,
        List<CodedDiagnosis> diagnoses,
        List<CodedProcedure> procedures,
        Instant codedAt) {
}
