package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.projections.facility.Facilities;
import org.junit.jupiter.api.Test;

class EdReturnsTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();
    private final Stay index = discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "01");

    private PatientTimelineResponse evaluate(Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));
    }

    private static Stay edVisit(String episodeId, String facilityId, String admittedAt) {
        Stay visit = emergency(episodeId, facilityId, admittedAt);
        return visit.withDischarge(visit.admittedAt().plusSeconds(4 * 3600), "01");
    }

    @Test
    void edVisitsUpToDayThirtyAreListedOnTheIndexStay() {
        PatientTimelineResponse timeline = evaluate(index,
                edVisit("E1", "H1", "2026-03-01T12:00:00Z"),
                edVisit("E2", "H2", "2026-03-15T12:00:00Z"),
                edVisit("E3", "H1", "2026-03-31T20:00:00Z"),
                edVisit("E4", "H1", "2026-04-01T00:10:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1", "E2", "E3");
        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void anEdVisitBeforeTheDischargeIsNotAReturn() {
        PatientTimelineResponse timeline = evaluate(index, edVisit("E0", "H2", "2026-02-25T12:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).isEmpty();
    }

    @Test
    void anEdVisitThatBecameAnInpatientStayIsAReadmissionNotAnEdReturn() {
        Stay admittedThroughEd = emergency("B", "H1", "2026-03-10T08:00:00Z")
                .withClassChange(PatientClass.INPATIENT, at("2026-03-10T12:00:00Z"));

        PatientTimelineResponse timeline = evaluate(index, admittedThroughEd);

        assertThat(stayOf(timeline, "A").edReturns()).isEmpty();
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
    }

    @Test
    void anEdVisitStillActiveAtAsOfIsAnEdReturn() {
        Stay ongoing = emergency("E1", "H1", "2026-03-10T08:00:00Z");

        PatientTimelineResponse timeline = evaluate(index, ongoing);

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1");
        assertThat(stayOf(timeline, "E1").indexStay()).isFalse();
    }

    @Test
    void edVisitsAreListedOnEveryIndexStayWhoseWindowTheyFallIn() {
        Stay second = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate(index, second, edVisit("E1", "H1", "2026-03-20T08:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1");
        assertThat(stayOf(timeline, "B").edReturns()).containsExactly("E1");
    }

    @Test
    void excludedStaysListNoEdReturns() {
        Stay ama = discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "07");

        PatientTimelineResponse timeline = evaluate(ama, edVisit("E1", "H1", "2026-03-02T08:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).isEmpty();
    }

    @Test
    void theEdVisitDayIsCountedInTheEdFacilitysZone() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Facilities.inZones(Map.of("LA", ZoneId.of("America/Los_Angeles"))));

        PatientTimelineResponse timeline = zoned.evaluate(PATIENT, List.of(index, edVisit("E1", "LA", "2026-04-01T05:00:00Z")),
                ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1");
    }
}
