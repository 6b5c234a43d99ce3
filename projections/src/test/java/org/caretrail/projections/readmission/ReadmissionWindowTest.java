package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.caretrail.projections.facility.Facilities;
import org.junit.jupiter.api.Test;

class ReadmissionWindowTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();
    private final Stay indexStay = discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "01");

    private PatientTimelineResponse evaluate(List<Stay> stays, String asOf) {
        return rules.evaluate(PATIENT, stays, ReadmissionMeasure.ACUTE_30, at(asOf));
    }

    @Test
    void anUnplannedAdmissionOnDayThirtyIsAReadmission() {
        Stay readmission = inpatient("B", "H1", "2026-03-31T23:00:00Z");

        PatientTimelineResponse timeline = evaluate(List.of(indexStay, readmission), "2026-04-05T00:00:00Z");

        TimelineStayView index = stayOf(timeline, "A");
        assertIndexStay(index, ReadmissionOutcome.READMITTED);
        assertThat(index.readmissionEpisodeId()).isEqualTo("B");
        assertThat(index.daysToReadmission()).isEqualTo(30);
        assertThat(stayOf(timeline, "B").readmissionOf()).isEqualTo("A");
    }

    @Test
    void anAdmissionOnDayThirtyOneIsNotAReadmission() {
        Stay later = inpatient("B", "H1", "2026-04-01T00:30:00Z");

        PatientTimelineResponse timeline = evaluate(List.of(indexStay, later), "2026-04-05T00:00:00Z");

        TimelineStayView index = stayOf(timeline, "A");
        assertIndexStay(index, ReadmissionOutcome.NOT_READMITTED);
        assertThat(index.readmissionEpisodeId()).isNull();
        assertThat(index.daysToReadmission()).isNull();
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
    }

    @Test
    void anAdmissionLaterTheSameDayAfterTheDischargeIsAReadmissionOnDayZero() {
        Stay readmission = inpatient("B", "H2", "2026-03-01T20:00:00Z");

        PatientTimelineResponse timeline = evaluate(List.of(indexStay, readmission), "2026-03-02T00:00:00Z");

        assertThat(stayOf(timeline, "A").daysToReadmission()).isZero();
        assertThat(stayOf(timeline, "A").outcome()).isEqualTo(ReadmissionOutcome.READMITTED);
    }

    @Test
    void anIndexStayIsPendingOnTheLastDayOfItsWindow() {
        PatientTimelineResponse timeline = evaluate(List.of(indexStay), "2026-03-31T23:59:59Z");

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.PENDING);
    }

    @Test
    void anIndexStayIsNotReadmittedFromTheDayAfterItsWindow() {
        PatientTimelineResponse timeline = evaluate(List.of(indexStay), "2026-04-01T00:00:00Z");

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void aDischargeAtThreeUtcInNewYorkFallsOnThePreviousCalendarDay() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Facilities.inZones(Map.of("NY", ZoneId.of("America/New_York"))));
        Stay nyIndex = discharged(inpatient("A", "NY", "2026-02-20T15:00:00Z"), "2026-03-02T03:00:00Z", "01");
        Stay readmission = inpatient("B", "NY", "2026-03-31T15:00:00Z");

        PatientTimelineResponse timeline = zoned.evaluate(PATIENT, List.of(nyIndex, readmission),
                ReadmissionMeasure.ACUTE_30, at("2026-04-10T00:00:00Z"));

        assertThat(stayOf(timeline, "A").outcome()).isEqualTo(ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").daysToReadmission()).isEqualTo(30);
    }

    @Test
    void anAdmissionJustAfterLocalMidnightOfDayThirtyOneDoesNotCountEvenIfItIsStillDayThirtyInUtc() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Facilities.inZones(Map.of("TYO", ZoneId.of("Asia/Tokyo"))));
        Stay tokyoIndex = discharged(inpatient("A", "TYO", "2026-02-20T01:00:00Z"), "2026-03-01T01:00:00Z", "01");
        Stay later = inpatient("B", "TYO", "2026-03-31T15:30:00Z");

        PatientTimelineResponse timeline = zoned.evaluate(PATIENT, List.of(tokyoIndex, later),
                ReadmissionMeasure.ACUTE_30, at("2026-04-10T00:00:00Z"));

        assertThat(stayOf(timeline, "A").outcome()).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void thePendingWindowEndsAtLocalMidnightInTheIndexFacilitysZone() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Facilities.inZones(Map.of("NY", ZoneId.of("America/New_York"))));
        Stay nyIndex = discharged(inpatient("A", "NY", "2026-02-20T15:00:00Z"), "2026-03-02T03:00:00Z", "01");

        PatientTimelineResponse lastHour = zoned.evaluate(PATIENT, List.of(nyIndex), ReadmissionMeasure.ACUTE_30,
                at("2026-04-01T03:59:59Z"));
        PatientTimelineResponse nextDay = zoned.evaluate(PATIENT, List.of(nyIndex), ReadmissionMeasure.ACUTE_30,
                at("2026-04-01T04:00:00Z"));

        assertThat(stayOf(lastHour, "A").outcome()).isEqualTo(ReadmissionOutcome.PENDING);
        assertThat(stayOf(nextDay, "A").outcome()).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void theReadmissionDayIsCountedInTheAdmittingFacilitysZone() {
        ReadmissionTimelines zoned = new ReadmissionTimelines(Facilities.inZones(Map.of("LA", ZoneId.of("America/Los_Angeles"))));
        Stay readmission = inpatient("B", "LA", "2026-04-01T05:00:00Z");

        PatientTimelineResponse timeline = zoned.evaluate(PATIENT, List.of(indexStay, readmission),
                ReadmissionMeasure.ACUTE_30, at("2026-04-10T00:00:00Z"));

        assertThat(stayOf(timeline, "A").outcome()).isEqualTo(ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").daysToReadmission()).isEqualTo(30);
    }

    @Test
    void aReadmissionCanItselfBeAnIndexStayWithItsOwnReadmission() {
        Stay second = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-15T10:00:00Z", "01");
        Stay third = inpatient("C", "H1", "2026-03-20T08:00:00Z");

        PatientTimelineResponse timeline = evaluate(List.of(indexStay, second, third), "2026-03-21T00:00:00Z");

        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        TimelineStayView middle = stayOf(timeline, "B");
        assertIndexStay(middle, ReadmissionOutcome.READMITTED);
        assertThat(middle.readmissionOf()).isEqualTo("A");
        assertThat(middle.readmissionEpisodeId()).isEqualTo("C");
        assertThat(stayOf(timeline, "C").readmissionOf()).isEqualTo("B");
    }

    @Test
    void anOverlappingStayDoesNotLetOneAdmissionReadmitTwoIndexStays() {
        Stay first = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-10T10:00:00Z", "01");
        Stay overlapping = discharged(inpatient("B", "H2", "2026-03-05T08:00:00Z"), "2026-03-11T10:00:00Z", "01");
        Stay readmission = inpatient("C", "H1", "2026-03-20T08:00:00Z");

        PatientTimelineResponse timeline = evaluate(List.of(first, overlapping, readmission), "2026-03-21T00:00:00Z");

        assertThat(stayOf(timeline, "C").readmissionOf()).isEqualTo("B");
        assertIndexStay(stayOf(timeline, "B"), ReadmissionOutcome.READMITTED);
        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isNull();
    }
}
