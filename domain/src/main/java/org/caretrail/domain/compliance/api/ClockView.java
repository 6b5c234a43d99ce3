package org.caretrail.domain.compliance.api;

import java.time.Instant;

/** One clock judged at an asOf; {@code referralId} on referral clocks only, {@code due}, {@code metAt} when known. */
public record ClockView(ComplianceClock clock, String referralId, ClockStatus status, Instant due, Instant metAt) {
}
