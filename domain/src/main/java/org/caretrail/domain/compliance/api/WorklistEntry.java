package org.caretrail.domain.compliance.api;

import java.time.Instant;

/** A clock that still needs someone's action; {@code periodStart} names the observation period of OBSERVATION_48H. */
public record WorklistEntry(String episodeId, String patientId, ComplianceClock clock, String referralId,
                           ClockStatus status, Instant due, Instant periodStart) {

    /** An entry for a clock of the episode or of a referral. */
    public WorklistEntry(String episodeId, String patientId, ComplianceClock clock, String referralId,
                         ClockStatus status, Instant due) {
        this(episodeId, patientId, clock, referralId, status, due, null);
    }
}
