package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;

/** A provider's first answer to a referral. */
public record ReferralAnswer(ReferralDecision decision, Instant answeredAt) {

    public ReferralAnswer {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
