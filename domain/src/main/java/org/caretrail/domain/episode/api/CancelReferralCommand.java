package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a placed referral. */
public record CancelReferralCommand(
        @TargetAggregateIdentifier String episodeId,
        String referralId,
        String reason,
        Instant effectiveAt) {
}
