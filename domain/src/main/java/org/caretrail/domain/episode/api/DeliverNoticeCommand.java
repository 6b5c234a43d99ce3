package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the delivery of a beneficiary notice (IMM or MOON) and its outcome. */
public record DeliverNoticeCommand(
        @TargetAggregateIdentifier String episodeId,
        NoticeType notice,
        NoticeOutcome outcome,
        Instant deliveredAt) {
}
