package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;
import org.caretrail.domain.compliance.api.ClockStatus;

/** A clock takes {@code status} for every asOf strictly after {@code after}, unless a new fact intervenes. */
public record StatusChange(Instant after, ClockStatus status) {

    public StatusChange {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(status, "status");
    }
}
