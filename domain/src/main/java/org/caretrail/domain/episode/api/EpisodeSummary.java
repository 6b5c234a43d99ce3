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

    /**
     * {@code true} while the episode is discharged without a known disposition, as {@link EpisodeView} says it, so a
     * list shows which discharges still wait for theirs; {@code null}, so absent from the answer, otherwise.
     */
    public Boolean getDispositionUnknown() {
        return status == EpisodeStatus.DISCHARGED && disposition == null ? Boolean.TRUE : null;
    }
}
