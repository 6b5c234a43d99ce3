package org.caretrail.domain.readmission.api;

import java.time.Instant;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.risk.api.LaceScore;

/**
 * One stay on a patient timeline; stays that do not take part in the measure, or are still active, are never index
 * stays and carry no outcome.
 *
 * @param finalClass       the class at discharge, or the class at asOf for a stay still active then
 * @param cohorts          the condition cohorts the stay counts in (inpatient stays of Medicare patients aged 65 or
 *                         more at admission whose codes are in the cohort's value set)
 * @param lengthOfStayDays calendar days from admission to discharge, or to asOf while active
 * @param observationHours the summed length of the observation periods, up to asOf while one goes on
 * @param lace             the LACE risk of an inpatient or observation stay, null for an ED visit
 */
public record TimelineStayView(
        String episodeId,
        String facilityId,
        PatientClass finalClass,
        Instant admittedAt,
        Instant dischargedAt,
        String disposition,
        boolean indexStay,
        ExclusionReason exclusionReason,
        ReadmissionOutcome outcome,
        String readmissionEpisodeId,
        Integer daysToReadmission,
        String readmissionOf,
        List<String> edReturns,
        List<Cohort> cohorts,
        Integer lengthOfStayDays,
        Double observationHours,
        LaceScore lace) {
}
