package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels the discharge, making the episode active again (HL7 A13). */
public record CancelDischargeCommand(
        @TargetAggregateIdentifier String episodeId,
        String reason,
        Instant effectiveAt) {
}
