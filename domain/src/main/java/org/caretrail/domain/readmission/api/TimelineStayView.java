package org.caretrail.domain.readmission.api;

import java.time.Instant;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;

/**
 * One stay on a patient timeline; stays that do not take part in the measure, or are still active, are never index
 * stays and carry no outcome.
 *
 * @param finalClass the class at discharge, or the class at asOf for a stay still active then
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
        List<String> edReturns) {
}
