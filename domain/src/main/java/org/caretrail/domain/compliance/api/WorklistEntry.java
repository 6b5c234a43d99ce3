package org.caretrail.domain.compliance.api;

import java.time.Instant;
import org.caretrail.domain.risk.api.LaceScore;

/**
 * A clock that still needs someone's action; {@code periodStart} names the observation period of OBSERVATION_48H;
 * {@code lace} is the stay's readmission risk, which a case manager uses to decide whom to call first (null where
 * the readmission read model has no score for the stay).
 */
public record WorklistEntry(String episodeId, String patientId, ComplianceClock clock, String referralId,
                           ClockStatus status, Instant due, Instant periodStart, LaceScore lace) {

    /** An entry without its risk, as the compliance read model answers it. */
    public WorklistEntry(String episodeId, String patientId, ComplianceClock clock, String referralId,
                         ClockStatus status, Instant due, Instant periodStart) {
        this(episodeId, patientId, clock, referralId, status, due, periodStart, null);
    }

    /** The entry with its stay's risk. */
    public WorklistEntry withLace(LaceScore score) {
        return new WorklistEntry(episodeId, patientId, clock, referralId, status, due, periodStart, score);
    }

    /** An entry for a clock of the episode or of a referral. */
    public WorklistEntry(String episodeId, String patientId, ComplianceClock clock, String referralId,
                         ClockStatus status, Instant due) {
        this(episodeId, patientId, clock, referralId, status, due, null);
    }
}
