package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.OBSERVATION_48H;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.SETTINGS;
import static org.caretrail.projections.compliance.Episodes.UTC;
import static org.caretrail.projections.compliance.Episodes.admitted;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.hoursAfter;

import java.util.List;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class ObservationClockTest {

    private static final ClockFacts OBSERVATION = admitted(Payer.COMMERCIAL, PatientClass.OBSERVATION, MONDAY_10);

    private static List<ClockResult> clocks(ClockFacts facts, long hoursAfterAdmission) {
        return ComplianceEvaluator.evaluate(facts, UTC, SETTINGS, hoursAfter(MONDAY_10, hoursAfterAdmission)).stream()
                .filter(result -> result.clock() == OBSERVATION_48H)
                .toList();
    }

    @Test
    void aPeriodEndingAfter47HoursIsMet() {
        ClockFacts facts = OBSERVATION.withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 47));

        ClockResult result = clock(facts, OBSERVATION_48H, hoursAfter(MONDAY_10, 100));
        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.due()).isEqualTo(hoursAfter(MONDAY_10, 48));
        assertThat(result.metAt()).isEqualTo(hoursAfter(MONDAY_10, 47));
        assertThat(result.periodStart()).isEqualTo(MONDAY_10);
    }

    @Test
    void aPeriodEndingAfter49HoursIsMetLate() {
        ClockFacts facts = OBSERVATION.withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 49));

        assertThat(clock(facts, OBSERVATION_48H, hoursAfter(MONDAY_10, 100)).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void anOngoingPeriodIsOpenAt47HoursAndOverdueAt49() {
        assertThat(clock(OBSERVATION, OBSERVATION_48H, hoursAfter(MONDAY_10, 47)).status()).isEqualTo(ClockStatus.OPEN);
        assertThat(clock(OBSERVATION, OBSERVATION_48H, hoursAfter(MONDAY_10, 49)).status())
                .isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void anOpenPeriodTurnsOverdueWithTimeAlone() {
        ClockResult stored = clock(OBSERVATION, OBSERVATION_48H, hoursAfter(MONDAY_10, 1));

        assertThat(stored.statusAt(hoursAfter(MONDAY_10, 49))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void theDischargeEndsThePeriod() {
        ClockFacts facts = OBSERVATION.withDischarge(new Discharge(hoursAfter(MONDAY_10, 20), "01"));

        ClockResult result = clock(facts, OBSERVATION_48H, hoursAfter(MONDAY_10, 100));
        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.metAt()).isEqualTo(hoursAfter(MONDAY_10, 20));
    }

    @Test
    void eachObservationPeriodHasItsOwnClock() {
        ClockFacts facts = OBSERVATION.withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 10))
                .withClassChange(PatientClass.OBSERVATION, hoursAfter(MONDAY_10, 30));

        assertThat(clocks(facts, 90)).extracting(ClockResult::periodStart, ClockResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MONDAY_10, ClockStatus.MET),
                org.assertj.core.groups.Tuple.tuple(hoursAfter(MONDAY_10, 30), ClockStatus.OVERDUE));
    }

    @Test
    void anEpisodeWithoutObservationListsTheClockOnceAsNotApplicable() {
        ClockFacts inpatient = admitted(Payer.MEDICARE, PatientClass.INPATIENT, MONDAY_10);

        assertThat(clocks(inpatient, 10)).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
            assertThat(result.periodStart()).isNull();
        });
    }

    @Test
    void aCancelledEpisodeHasItNotApplicable() {
        assertThat(clocks(OBSERVATION.asCancelled(), 60)).singleElement()
                .satisfies(result -> assertThat(result.status()).isEqualTo(ClockStatus.NOT_APPLICABLE));
    }

    @Test
    void aClassChangeAfterAsOfHasNotHappened() {
        ClockFacts facts = OBSERVATION.withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 60));

        assertThat(clock(facts, OBSERVATION_48H, hoursAfter(MONDAY_10, 50)).status()).isEqualTo(ClockStatus.OVERDUE);
    }
}
