package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a post-discharge follow-up contact attempt. */
public record RecordFollowUpContactCommand(
        @TargetAggregateIdentifier String episodeId,
        Instant contactedAt,
        boolean successful,
        String method) {
}
