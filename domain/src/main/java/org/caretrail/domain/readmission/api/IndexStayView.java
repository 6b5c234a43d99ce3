package org.caretrail.domain.readmission.api;

import java.time.Instant;
import org.caretrail.domain.risk.api.LaceScore;

/** One index stay behind a rate, with its outcome, its LACE score when known and, when readmitted, the readmission. */
public record IndexStayView(
        String episodeId,
        String patientId,
        String facilityId,
        Instant dischargedAt,
        String disposition,
        ReadmissionOutcome outcome,
        String readmissionEpisodeId,
        Integer daysToReadmission,
        LaceScore lace) {
}
