package org.caretrail.projections.compliance;

import java.time.Instant;

/** A clock that still needs someone's action. */
public record WorklistItem(String episodeId, String patientId, ComplianceClock clock, String referralId,
                           ClockStatus status, Instant due) {
}
