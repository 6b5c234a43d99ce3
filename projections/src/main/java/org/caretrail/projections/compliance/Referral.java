package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** A referral placed in the episode, with its first answer and its cancellation, when there are any. */
public record Referral(String referralId, String serviceType, Instant placedAt, ReferralAnswer answer,
                       Instant cancelledAt) {

    /** Service types for which a post-acute choice list is owed before referring (42 CFR 482.43(c)). */
    public static final Set<String> POST_ACUTE_SERVICE_TYPES = Set.of("HOME_HEALTH", "SNF", "IRF", "LTCH");

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(serviceType, "serviceType");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    /** A referral just placed: no answer, not cancelled. */
    public static Referral placed(String referralId, String serviceType, Instant placedAt) {
        return new Referral(referralId, serviceType, placedAt, null, null);
    }

    boolean isPostAcute() {
        return POST_ACUTE_SERVICE_TYPES.contains(serviceType);
    }

    /** This referral answered; only the earliest answer is kept, since it is the one that meets the clock. */
    public Referral withAnswer(ReferralAnswer newAnswer) {
        Objects.requireNonNull(newAnswer, "newAnswer");
        if (answer != null && !newAnswer.answeredAt().isBefore(answer.answeredAt())) {
            return this;
        }
        return new Referral(referralId, serviceType, placedAt, newAnswer, cancelledAt);
    }

    /** This referral cancelled; the earliest cancellation is the one that closed the window. */
    public Referral withCancellation(Instant at) {
        Objects.requireNonNull(at, "at");
        if (cancelledAt != null && !at.isBefore(cancelledAt)) {
            return this;
        }
        return new Referral(referralId, serviceType, placedAt, answer, at);
    }
}
