package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Corrects episode details (HL7 A08); a null field means unchanged. */
public record CorrectEpisodeDetailsCommand(
        @TargetAggregateIdentifier String episodeId,
        String principalDiagnosis,
        Payer payer,
        Boolean planned,
        String unit,
        Instant effectiveAt) {
}
