package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/v1/episodes/{id}/transfers}. */
public record TransferRequest(@NotBlank @Size(max = 100) String toUnit, @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
