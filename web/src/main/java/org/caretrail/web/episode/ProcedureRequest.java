package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.caretrail.domain.episode.api.ProcedureCodeSystem;

/** One procedure in the body of {@code POST /api/v1/episodes/{id}/coding}. */
public record ProcedureRequest(
        @NotBlank @Size(max = 20) String code,
        ProcedureCodeSystem system,
        @PastOrPresent(message = Limits.NOT_FUTURE) Instant performedAt) {
}
