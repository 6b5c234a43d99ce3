package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Body of a referral acceptance: only when it happened. */
public record EffectiveAtRequest(@NotNull Instant effectiveAt) {
}
