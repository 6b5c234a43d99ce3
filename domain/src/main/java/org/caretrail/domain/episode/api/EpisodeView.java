package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;

/** An episode as it stands now: status, class history as time slices, referrals, discharge. */
public record EpisodeView(
        String episodeId,
        String patientId,
        String facilityId,
        EpisodeStatus status,
        PatientClass patientClass,
        List<ClassSliceView> classHistory,
        Instant admittedAt,
        Instant dischargedAt,
        String disposition,
        Payer payer,
        String unit,
        String principalDiagnosis,
        boolean planned,
        String caseManagerId,
        List<ReferralView> referrals,
        long version) {
}
