package org.caretrail.domain.compliance.api;

import java.time.Instant;

/** A clock that still needs someone's action. */
public record WorklistEntry(String episodeId, String patientId, ComplianceClock clock, String referralId,
                           ClockStatus status, Instant due) {
}
