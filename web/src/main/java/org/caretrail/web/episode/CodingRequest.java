package org.caretrail.web.episode;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/v1/episodes/{id}/coding}: the coding that replaces any earlier one. */
public record CodingRequest(
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid DiagnosisRequest> diagnoses,
        @Size(max = 100) List<@NotNull @Valid ProcedureRequest> procedures,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant codedAt) {
}
