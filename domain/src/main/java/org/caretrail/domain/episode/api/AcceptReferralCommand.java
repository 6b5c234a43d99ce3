package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the provider accepted a placed referral. */
public record AcceptReferralCommand(
        @TargetAggregateIdentifier String episodeId,
        String referralId,
        Instant effectiveAt) {
}
