package org.caretrail.web.episode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;

/** Body of {@code POST /api/v1/episodes/{id}/notices}. */
public record NoticeRequest(@NotNull NoticeType notice, @NotNull NoticeOutcome outcome, @NotNull @PastOrPresent(message = Limits.NOT_FUTURE) Instant deliveredAt) {
}
