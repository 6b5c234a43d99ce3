package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Body of {@code POST /api/v1/episodes/{id}/discharge}; the disposition is checked by the domain. Without one the
 * discharge is recorded with its disposition not known yet, as from an HL7 A03 without PV1-36 (docs/MEASURES.md).
 */
public record DischargeRequest(
        @Size(max = 2) String disposition,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant dischargedAt,
        @Size(max = 100) String destinationProviderId) {
}
