package org.caretrail.web.episode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.caretrail.domain.episode.api.ServiceType;

/** Body of {@code POST /api/v1/episodes/{id}/referrals}. */
public record ReferralRequest(
        @Size(max = 100) @Pattern(regexp = Limits.ID_PATTERN, message = Limits.ID_MESSAGE) String referralId,
        @NotNull ServiceType serviceType,
        @NotBlank @Size(max = 100) String providerId,
        @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant effectiveAt) {
}
