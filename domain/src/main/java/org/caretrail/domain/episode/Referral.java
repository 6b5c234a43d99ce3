package org.caretrail.domain.episode;

import java.time.Instant;
import org.caretrail.domain.episode.api.ReferralStatus;
import org.caretrail.domain.episode.api.ServiceType;

/** A referral of the episode as the aggregate needs it for its invariants. */
record Referral(
        String referralId,
        ServiceType serviceType,
        String providerId,
        Instant placedAt,
        ReferralStatus status) {

    Referral withStatus(ReferralStatus newStatus) {
        return new Referral(referralId, serviceType, providerId, placedAt, newStatus);
    }

    boolean isPlaced() {
        return status == ReferralStatus.PLACED;
    }

    boolean samePlacementAs(ServiceType otherServiceType, String otherProviderId, Instant otherPlacedAt) {
        return serviceType == otherServiceType
                && providerId.equals(otherProviderId)
                && placedAt.equals(otherPlacedAt);
    }
}
