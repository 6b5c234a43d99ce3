package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;

/** One diagnosis in the body of {@code POST /api/v1/episodes/{id}/coding}; its code format is checked by the domain. */
public record DiagnosisRequest(
        @NotBlank @Size(max = 20) String code,
        DiagnosisCodeSystem system,
        @NotNull Boolean principal,
        Boolean presentOnAdmission) {
}
