package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;

/** Body of {@code POST /api/v1/episodes}. */
public record AdmissionRequest(
        @Size(max = 100) @Pattern(regexp = Limits.ID_PATTERN, message = Limits.ID_MESSAGE) String episodeId,
        @NotBlank @Size(max = 100) String patientId,
        @NotBlank @Size(max = 100) String facilityId,
        @NotNull PatientClass patientClass,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant admittedAt,
        Payer payer,
        @Size(max = 100) String admitSource,
        @Size(max = 100) String unit,
        @Size(max = 20) @Pattern(regexp = Limits.ICD10_PATTERN, message = Limits.ICD10_MESSAGE) String principalDiagnosis,
        Boolean planned,
        @PastOrPresent(message = "must not be in the future") LocalDate birthDate) {
}
