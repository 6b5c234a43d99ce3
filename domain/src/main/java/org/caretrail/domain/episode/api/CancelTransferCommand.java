package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Undoes the last transfer, moving the patient back to the previous unit (HL7 A12). */
public record CancelTransferCommand(
        @TargetAggregateIdentifier String episodeId,
        String reason,
        Instant effectiveAt) {
}
