package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;

/** A beneficiary notice delivered to the patient. */
public record Notice(NoticeType type, NoticeOutcome outcome, Instant deliveredAt) {

    public Notice {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
