package org.caretrail.domain.compliance.api;

import java.time.Instant;

/**
 * One clock judged at an asOf; {@code referralId} on referral clocks only, {@code periodStart} on OBSERVATION_48H
 * clocks of an observation period, {@code due}, {@code metAt} when known.
 */
public record ClockView(ComplianceClock clock, String referralId, ClockStatus status, Instant due, Instant metAt,
                        Instant periodStart) {

    /** A clock of the episode or of a referral. */
    public ClockView(ComplianceClock clock, String referralId, ClockStatus status, Instant due, Instant metAt) {
        this(clock, referralId, status, due, metAt, null);
    }
}
