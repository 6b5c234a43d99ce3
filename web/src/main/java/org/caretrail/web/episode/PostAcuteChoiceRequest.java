package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/v1/episodes/{id}/post-acute-choice}. */
public record PostAcuteChoiceRequest(
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 100) String> offeredProviderIds,
        @Size(max = 100) String selectedProviderId,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
