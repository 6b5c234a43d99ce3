package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;

/**
 * A stretch of asOf instants, from {@code from} (inclusive) to {@code until} (exclusive; null: no end), over which
 * one clock is OPEN or OVERDUE and judged by {@code judged} (the result at {@code from}) with time alone: what a
 * worklist store keeps, so that the worklist at any asOf is the spans covering it.
 */
public record ActionableSpan(ComplianceClock clock, String referralId, Instant from, Instant until,
                             ClockResult judged) {

    public ActionableSpan {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(judged, "judged");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("an actionable span must end after it starts: " + from + ", " + until);
        }
    }

    public boolean covers(Instant asOf) {
        return !asOf.isBefore(from) && (until == null || asOf.isBefore(until));
    }

    /** The clock's status at an asOf this span covers. */
    public ClockStatus statusAt(Instant asOf) {
        if (!covers(asOf)) {
            throw new IllegalArgumentException(asOf + " is outside the span " + from + " to " + until);
        }
        return judged.statusAt(asOf);
    }
}
