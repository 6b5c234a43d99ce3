package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;

/** Body of a referral acceptance: only when it happened. */
public record EffectiveAtRequest(@NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
