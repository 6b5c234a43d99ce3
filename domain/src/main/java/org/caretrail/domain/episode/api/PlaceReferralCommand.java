package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Places a referral to a post-acute provider; repeating it with identical content records nothing. */
public record PlaceReferralCommand(
        @TargetAggregateIdentifier String episodeId,
        String referralId,
        ServiceType serviceType,
        String providerId,
        Instant effectiveAt) {
}
