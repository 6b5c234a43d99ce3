package org.caretrail.projections.readmission;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

class EdReturnsTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();
    private final Stay index = discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "01");

    private PatientTimeline evaluate(Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));
    }

    private static Stay edVisit(String episodeId, String facilityId, String admittedAt) {
        Stay visit = emergency(episodeId, facilityId, admittedAt);
        return visit.withDischarge(visit.admittedAt().plusSeconds(4 * 3600), "01");
    }

    @Test
    void edVisitsUpToDayThirtyAreListedOnTheIndexStay() {
        PatientTimeline timeline = evaluate(index,
                edVisit("E1", "H1", "2026-03-01T12:00:00Z"),
                edVisit("E2", "H2", "2026-03-15T12:00:00Z"),
                edVisit("E3", "H1", "2026-03-31T20:00:00Z"),
                edVisit("E4", "H1", "2026-04-01T00:10:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1", "E2", "E3");
        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void anEdVisitBeforeTheDischargeIsNotAReturn() {
        PatientTimeline timeline = evaluate(index, edVisit("E0", "H2", "2026-02-25T12:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).isEmpty();
    }

    @Test
    void anEdVisitThatBecameAnInpatientStayIsAReadmissionNotAnEdReturn() {
        Stay admittedThroughEd = emergency("B", "H1", "2026-03-10T08:00:00Z")
                .withClassChange(StayClass.INPATIENT, at("2026-03-10T12:00:00Z"));

        PatientTimeline timeline = evaluate(index, admittedThroughEd);

        assertThat(stayOf(timeline, "A").edReturns()).isEmpty();
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
    }

    @Test
    void anEdVisitStillActiveAtAsOfIsAnEdReturn() {
        Stay ongoing = emergency("E1", "H1", "2026-03-10T08:00:00Z");

        PatientTimeline timeline = evaluate(index, ongoing);

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1");
        assertThat(stayOf(timeline, "E1").indexStay()).isFalse();
    }

    @Test
    void edVisitsAreListedOnEveryIndexStayWhoseWindowTheyFallIn() {
        Stay second = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", "01");

        PatientTimeline timeline = evaluate(index, second, edVisit("E1", "H1", "2026-03-20T08:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1");
        assertThat(stayOf(timeline, "B").edReturns()).containsExactly("E1");
    }

    @Test
    void excludedStaysListNoEdReturns() {
        Stay ama = discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "07");

        PatientTimeline timeline = evaluate(ama, edVisit("E1", "H1", "2026-03-02T08:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).isEmpty();
    }

    @Test
    void theEdVisitDayIsCountedInTheEdFacilitysZone() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Map.of("LA", ZoneId.of("America/Los_Angeles"))::get);

        PatientTimeline timeline = zoned.evaluate(PATIENT, List.of(index, edVisit("E1", "LA", "2026-04-01T05:00:00Z")),
                ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));

        assertThat(stayOf(timeline, "A").edReturns()).containsExactly("E1");
    }
}
