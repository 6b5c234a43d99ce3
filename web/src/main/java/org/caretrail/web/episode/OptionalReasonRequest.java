package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of a referral cancellation: an optional reason and when. */
public record OptionalReasonRequest(@Size(max = Limits.TEXT) String reason, @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
