package org.caretrail.projections.readmission;

import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.domain.readmission.api.TimelineStayView;

/** Converts the pure rules' answers to the public query responses, whose enums mirror the rules' by name. */
final class ApiViews {

    private ApiViews() {
    }

    static ReadmissionMeasure measure(org.caretrail.domain.readmission.api.ReadmissionMeasure measure) {
        return ReadmissionMeasure.valueOf(measure.name());
    }

    static StayClass stayClass(PatientClass patientClass) {
        return StayClass.valueOf(patientClass.name());
    }

    static PatientTimelineResponse timeline(PatientTimeline timeline) {
        return new PatientTimelineResponse(timeline.patientId(), apiMeasure(timeline.measure()),
                timeline.stays().stream().map(ApiViews::stay).toList());
    }

    static ReadmissionRateResponse rate(ReadmissionRate rate) {
        return new ReadmissionRateResponse(apiMeasure(rate.measure()), rate.facilityId(), rate.from(), rate.to(),
                rate.readmitted(), rate.notReadmitted(), rate.pending(), rate.rate());
    }

    private static TimelineStayView stay(TimelineStay stay) {
        return new TimelineStayView(stay.episodeId(), stay.facilityId(), PatientClass.valueOf(stay.finalClass().name()),
                stay.admittedAt(), stay.dischargedAt(), stay.disposition(), stay.indexStay(),
                stay.exclusionReason() == null ? null
                        : org.caretrail.domain.readmission.api.ExclusionReason.valueOf(stay.exclusionReason().name()),
                stay.outcome() == null ? null
                        : org.caretrail.domain.readmission.api.ReadmissionOutcome.valueOf(stay.outcome().name()),
                stay.readmissionEpisodeId(), stay.daysToReadmission(), stay.readmissionOf(), stay.edReturns());
    }

    private static org.caretrail.domain.readmission.api.ReadmissionMeasure apiMeasure(ReadmissionMeasure measure) {
        return org.caretrail.domain.readmission.api.ReadmissionMeasure.valueOf(measure.name());
    }
}
