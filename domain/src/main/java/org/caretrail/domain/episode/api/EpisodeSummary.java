package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;

/** An episode as a list shows it: the episode view without its referrals. */
public record EpisodeSummary(
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
        long version) {
}
