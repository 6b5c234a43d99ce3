package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;

/**
 * One clock of one episode as judged at an asOf. {@code referralId} is set on referral clocks only, {@code periodStart}
 * on OBSERVATION_48H clocks (one per observation period); {@code due}, {@code metAt} and {@code windowClosesAt} are
 * null when not known (yet). {@code windowClosesAt} is the instant after which the clock, unmet, is MISSED; unmet
 * and past its due it is OVERDUE until then.
 */
public record ClockResult(ComplianceClock clock, String referralId, ClockStatus status, Instant due, Instant metAt,
                          Instant windowClosesAt, Instant periodStart) {

    public ClockResult {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(status, "status");
    }

    /** A clock of the episode or of a referral, not of an observation period. */
    public ClockResult(ComplianceClock clock, String referralId, ClockStatus status, Instant due, Instant metAt,
                       Instant windowClosesAt) {
        this(clock, referralId, status, due, metAt, windowClosesAt, null);
    }

    /** The same clock with another status, as a later asOf sees it. */
    ClockResult withStatus(ClockStatus newStatus) {
        return new ClockResult(clock, referralId, newStatus, due, metAt, windowClosesAt, periodStart);
    }

    static ClockResult notApplicable(ComplianceClock clock, String referralId) {
        return new ClockResult(clock, referralId, ClockStatus.NOT_APPLICABLE, null, null, null);
    }

    /**
     * The status at a later asOf (not before the one this result was judged at), assuming no new fact: only
     * OPEN and OVERDUE move with time alone.
     */
    public ClockStatus statusAt(Instant later) {
        Objects.requireNonNull(later, "later");
        ClockStatus current = status;
        for (StatusChange change : changes()) {
            if (later.isAfter(change.after())) {
                current = change.status();
            }
        }
        return current;
    }

    /** The instants at which this result's status changes with time alone, in order: what a store keeps to re-judge. */
    public List<StatusChange> changes() {
        if (!status.isActionable()) {
            return List.of();
        }
        List<StatusChange> changes = new ArrayList<>();
        boolean closesFirst = windowClosesAt != null && due != null && !windowClosesAt.isAfter(due);
        if (status == ClockStatus.OPEN && due != null && !closesFirst) {
            changes.add(new StatusChange(due, ClockStatus.OVERDUE));
        }
        if (windowClosesAt != null) {
            changes.add(new StatusChange(windowClosesAt, ClockStatus.MISSED));
        }
        return List.copyOf(changes);
    }
}
