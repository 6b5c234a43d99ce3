package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/v1/episodes/{id}/follow-ups}. */
public record FollowUpRequest(@NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant contactedAt, @NotNull Boolean successful, @Size(max = 100) String method) {
}
