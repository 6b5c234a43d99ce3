package org.caretrail.domain.episode;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.caretrail.domain.episode.api.EpisodeStateException;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.episode.api.ReferralNotFoundException;
import org.caretrail.domain.episode.api.ReferralStatus;
import org.caretrail.domain.episode.api.ServiceType;

/** The referrals of one episode, by id, with the rules for placing and answering them. */
final class Referrals {

    private final Map<String, Referral> byId = new HashMap<>();

    /**
     * True when exactly this placement is already recorded, so that a retry records nothing;
     * a referral id already used for another placement is a conflict.
     */
    boolean isRepeatedPlacement(String referralId, ServiceType serviceType, String providerId,
            Instant placedAt) {
        Referral existing = byId.get(referralId);
        if (existing == null) {
            return false;
        }
        if (!existing.samePlacementAs(serviceType, providerId, placedAt)) {
            throw new EpisodeStateException(
                    "Referral " + referralId + " was already placed with different content");
        }
        return true;
    }

    /** The placed referral that may be accepted, declined or cancelled at the given time. */
    Referral answerable(String episodeId, String referralId, Instant at) {
        Referral referral = byId.get(referralId);
        if (referral == null) {
            throw new ReferralNotFoundException(episodeId, referralId);
        }
        if (!referral.isPlaced()) {
            throw new EpisodeStateException("Referral " + referralId + " is " + referral.status()
                    + "; only a placed referral can be answered or cancelled");
        }
        if (at.isBefore(referral.placedAt())) {
            throw new InvalidCommandException("effectiveAt",
                    "effectiveAt must not be before the referral was placed at " + referral.placedAt());
        }
        return referral;
    }

    void placed(String referralId, ServiceType serviceType, String providerId, Instant placedAt) {
        byId.put(referralId, new Referral(referralId, serviceType, providerId, placedAt,
                ReferralStatus.PLACED));
    }

    void changed(String referralId, ReferralStatus status) {
        byId.computeIfPresent(referralId, (id, referral) -> referral.withStatus(status));
    }
}
