package org.caretrail.web.notification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Body of {@code POST /api/v1/patients/{patientId}/notification-preference}. */
public record PreferenceRequest(
        @NotNull Boolean optOut,
        @NotNull Instant effectiveAt,
        @Size(max = 2000) String reason) {
}
