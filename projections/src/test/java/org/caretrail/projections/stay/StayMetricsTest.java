package org.caretrail.projections.stay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.junit.jupiter.api.Test;

class StayMetricsTest {

    private static final Instant ADMITTED = Instant.parse("2026-03-01T10:00:00Z");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void lengthOfStayCountsCalendarDays() {
        assertThat(StayMetrics.lengthOfStayDays(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"))).isZero();
        assertThat(StayMetrics.lengthOfStayDays(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-04"))).isEqualTo(3);
        assertThat(StayMetrics.lengthOfStayDays(LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-01"))).isEqualTo(2);
    }

    @Test
    void observationHoursAddUpAcrossClassChanges() {
        List<ClassChange> history = List.of(
                new ClassChange(PatientClass.EMERGENCY, ADMITTED),
                new ClassChange(PatientClass.OBSERVATION, at("2026-03-01T12:00:00Z")),
                new ClassChange(PatientClass.INPATIENT, at("2026-03-02T06:30:00Z")),
                new ClassChange(PatientClass.OBSERVATION, at("2026-03-03T06:00:00Z")));
        List<ObservationPeriod> periods = StayMetrics.observationPeriods(history, at("2026-03-03T16:00:00Z"),
                at("2026-03-10T00:00:00Z"));

        assertThat(periods).containsExactly(
                new ObservationPeriod(at("2026-03-01T12:00:00Z"), at("2026-03-02T06:30:00Z")),
                new ObservationPeriod(at("2026-03-03T06:00:00Z"), at("2026-03-03T16:00:00Z")));
        assertThat(StayMetrics.observationHours(periods, at("2026-03-10T00:00:00Z"))).isEqualTo(28.5);
    }

    @Test
    void anOngoingObservationPeriodCountsUpToAsOf() {
        List<ClassChange> history = List.of(new ClassChange(PatientClass.OBSERVATION, ADMITTED));
        Instant asOf = at("2026-03-02T10:15:00Z");
        List<ObservationPeriod> periods = StayMetrics.observationPeriods(history, null, asOf);

        assertThat(periods).containsExactly(new ObservationPeriod(ADMITTED, null));
        assertThat(StayMetrics.observationHours(periods, asOf)).isEqualTo(24.25);
    }

    @Test
    void changesAndADischargeAfterAsOfHaveNotHappened() {
        List<ClassChange> history = List.of(new ClassChange(PatientClass.OBSERVATION, ADMITTED),
                new ClassChange(PatientClass.INPATIENT, at("2026-03-03T10:00:00Z")));
        List<ObservationPeriod> periods = StayMetrics.observationPeriods(history, at("2026-03-05T10:00:00Z"),
                at("2026-03-02T10:00:00Z"));

        assertThat(periods).containsExactly(new ObservationPeriod(ADMITTED, null));
    }

    @Test
    void aRepeatedObservationSliceDoesNotSplitThePeriod() {
        List<ClassChange> history = List.of(new ClassChange(PatientClass.OBSERVATION, ADMITTED),
                new ClassChange(PatientClass.OBSERVATION, at("2026-03-01T20:00:00Z")),
                new ClassChange(PatientClass.INPATIENT, at("2026-03-02T10:00:00Z")));

        assertThat(StayMetrics.observationPeriods(history, null, at("2026-03-09T00:00:00Z")))
                .containsExactly(new ObservationPeriod(ADMITTED, at("2026-03-02T10:00:00Z")));
    }

    @Test
    void aStayWithoutObservationHasNoHours() {
        List<ObservationPeriod> periods = StayMetrics.observationPeriods(
                List.of(new ClassChange(PatientClass.INPATIENT, ADMITTED)), null, at("2026-03-09T00:00:00Z"));
        assertThat(periods).isEmpty();
        assertThat(StayMetrics.observationHours(periods, at("2026-03-09T00:00:00Z"))).isZero();
    }
}
