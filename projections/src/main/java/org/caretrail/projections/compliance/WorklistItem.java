package org.caretrail.projections.compliance;

import java.time.Instant;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;

/** A clock that still needs someone's action. */
public record WorklistItem(String episodeId, String patientId, ComplianceClock clock, String referralId,
                           ClockStatus status, Instant due, Instant periodStart) {
}
