package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/episodes/{id}/cancellation}. */
public record CancellationRequest(@NotBlank @Size(max = Limits.TEXT) String reason) {
}
