package org.caretrail.web.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.caretrail.domain.patient.api.CareRelationship;

/** Body of {@code POST /api/v1/patients/{patientId}/care-team}. */
public record CareTeamRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String recipientId,
        @NotNull CareRelationship relationship,
        @NotNull Instant effectiveFrom,
        Instant effectiveTo) {
}
