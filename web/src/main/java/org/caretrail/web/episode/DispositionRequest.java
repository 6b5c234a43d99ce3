package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/episodes/{id}/disposition}: the UB-04 disposition of a discharge recorded without one
 * (an HL7 A03 without PV1-36), or a corrected one, and when it was learned. The code is checked by the domain.
 */
public record DispositionRequest(
        @NotBlank @Size(max = 2) String disposition,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
