package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the provider declined a placed referral. */
public record DeclineReferralCommand(
        @TargetAggregateIdentifier String episodeId,
        String referralId,
        String reason,
        Instant effectiveAt) {
}
