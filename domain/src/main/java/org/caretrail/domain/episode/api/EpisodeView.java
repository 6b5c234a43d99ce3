package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;

/**
 * An episode as it stands now: status, class history as time slices, referrals, discharge, and its stay metrics
 * (docs/MEASURES.md "Stay metrics") as of the read: calendar days in the facility's zone from admission to
 * discharge (to today while active), and the hours spent in observation.
 */
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
        long version,
        Integer lengthOfStayDays,
        Double observationHours) {

    /**
     * {@code true} while the episode is discharged without a known disposition (an HL7 A03 without PV1-36, or a
     * discharge command that left it out), until a recorded disposition completes it; {@code null}, so absent from
     * the answer, otherwise (docs/MEASURES.md, "Discharge dispositions").
     */
    public Boolean getDispositionUnknown() {
        return status == EpisodeStatus.DISCHARGED && disposition == null ? Boolean.TRUE : null;
    }

    /** The view with its stay metrics. */
    public EpisodeView withStayMetrics(int days, double hours) {
        return new EpisodeView(episodeId, patientId, facilityId, status, patientClass, classHistory, admittedAt,
                dischargedAt, disposition, payer, unit, principalDiagnosis, planned, caseManagerId, referrals, version,
                days, hours);
    }
}
