package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assigns the case manager responsible for the discharge plan. */
public record AssignCaseManagerCommand(
        @TargetAggregateIdentifier String episodeId,
        String caseManagerId,
        Instant effectiveAt) {
}
