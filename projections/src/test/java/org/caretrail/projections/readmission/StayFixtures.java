package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;

/** Builds stays for patient P1 and looks up stays on a timeline. */
final class StayFixtures {

    static final String PATIENT = "P1";

    private StayFixtures() {
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    static Stay inpatient(String episodeId, String facilityId, String admittedAt) {
        return Stay.admitted(episodeId, PATIENT, facilityId, PatientClass.INPATIENT, at(admittedAt), null, false);
    }

    static Stay observation(String episodeId, String facilityId, String admittedAt) {
        return Stay.admitted(episodeId, PATIENT, facilityId, PatientClass.OBSERVATION, at(admittedAt), null, false);
    }

    static Stay emergency(String episodeId, String facilityId, String admittedAt) {
        return Stay.admitted(episodeId, PATIENT, facilityId, PatientClass.EMERGENCY, at(admittedAt), null, false);
    }

    static Stay discharged(Stay stay, String dischargedAt, String disposition) {
        return stay.withDischarge(at(dischargedAt), disposition);
    }

    static Stay withDiagnosis(Stay stay, String principalDiagnosis) {
        return new Stay(stay.episodeId(), stay.patientId(), stay.facilityId(), stay.admittedAt(), stay.classHistory(),
                stay.dischargedAt(), stay.disposition(), principalDiagnosis, stay.planned(), stay.cancelled());
    }

    static Stay planned(Stay stay) {
        return new Stay(stay.episodeId(), stay.patientId(), stay.facilityId(), stay.admittedAt(), stay.classHistory(),
                stay.dischargedAt(), stay.disposition(), stay.principalDiagnosis(), true, stay.cancelled());
    }

    static TimelineStayView stayOf(PatientTimelineResponse timeline, String episodeId) {
        return timeline.stays().stream()
                .filter(stay -> stay.episodeId().equals(episodeId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("episode " + episodeId + " is not on the timeline"));
    }

    static void assertIndexStay(TimelineStayView stay, ReadmissionOutcome outcome) {
        assertThat(stay.indexStay()).as("%s is an index stay", stay.episodeId()).isTrue();
        assertThat(stay.exclusionReason()).isNull();
        assertThat(stay.outcome()).as("outcome of %s", stay.episodeId()).isEqualTo(outcome);
    }

    static void assertExcluded(TimelineStayView stay, ExclusionReason reason) {
        assertThat(stay.indexStay()).as("%s is an index stay", stay.episodeId()).isFalse();
        assertThat(stay.exclusionReason()).as("exclusion of %s", stay.episodeId()).isEqualTo(reason);
        assertThat(stay.outcome()).isNull();
    }
}
