package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels the whole episode: admission cancelled or entered in error (HL7 A11). */
public record CancelEpisodeCommand(
        @TargetAggregateIdentifier String episodeId,
        String reason,
        Instant effectiveAt) {
}
