package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/v1/episodes/{id}/assessments}. */
public record AssessmentRequest(
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = Limits.TEXT) String> barriers,
        @Size(max = 50) List<@NotBlank @Size(max = Limits.TEXT) String> supportSystems,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
