package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the disposition of a discharge that was recorded without one (HL7 A03 without PV1-36), or
 * corrects it; nothing happens when the episode is not discharged or already has this disposition.
 */
public record RecordDispositionCommand(
        @TargetAggregateIdentifier String episodeId,
        Disposition disposition,
        Instant effectiveAt) {
}
