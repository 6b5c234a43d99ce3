package org.caretrail.domain.compliance.api;

import java.time.Instant;

/** One clock of one episode behind a report cell; {@code referralId} on referral clocks only. */
public record ClockEntry(String episodeId, String patientId, String facilityId, ComplianceClock clock,
                         String referralId, ClockStatus status, Instant due, Instant metAt) {
}
