package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Documents the list of post-acute providers offered to the patient and the one chosen, if any. */
public record DocumentPostAcuteChoiceCommand(
        @TargetAggregateIdentifier String episodeId,
        List<String> offeredProviderIds,
        String selectedProviderId,
        Instant effectiveAt) {
}
