package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.List;

/**
 * One stay on a patient's timeline, with the fields of API.md.
 *
 * @param finalClass the class at discharge, or for a stay still active at asOf its class at asOf
 */
public record TimelineStay(
        String episodeId,
        String facilityId,
        StayClass finalClass,
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

    public TimelineStay {
        edReturns = List.copyOf(edReturns);
    }
}
