package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import org.caretrail.domain.episode.api.PatientClass;

/** Body of {@code POST /api/v1/episodes/{id}/class-changes}. */
public record ClassChangeRequest(@NotNull PatientClass patientClass, @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
