package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records patient or caregiver education on a topic and whether teach-back confirmed it. */
public record RecordEducationCommand(
        @TargetAggregateIdentifier String episodeId,
        String topic,
        boolean teachBackConfirmed,
        Instant effectiveAt) {
}
