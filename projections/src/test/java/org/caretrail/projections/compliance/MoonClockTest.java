package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.MOON;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.admitted;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.hoursAfter;
import static org.caretrail.projections.compliance.Episodes.moon;

import java.time.Instant;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class MoonClockTest {

    private static final ClockFacts OBSERVATION_FROM_MONDAY =
            admitted(Payer.MEDICARE, PatientClass.OBSERVATION, MONDAY_10);

    private static ClockFacts dischargedAfterHours(ClockFacts facts, long hours) {
        return facts.withDischarge(new Discharge(hoursAfter(MONDAY_10, hours), "01"));
    }

    @Test
    void doesNotApplyToAnObservationPeriodOfExactly24Hours() {
        ClockFacts facts = dischargedAfterHours(OBSERVATION_FROM_MONDAY, 24);

        assertThat(clock(facts, MOON, hoursAfter(MONDAY_10, 48)).status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void isDueAtTheEndOfAnObservationPeriodOf25HoursAndMissedWithoutANotice() {
        ClockFacts facts = dischargedAfterHours(OBSERVATION_FROM_MONDAY, 25);

        ClockResult result = clock(facts, MOON, hoursAfter(MONDAY_10, 48));

        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
        assertThat(result.due()).isEqualTo(hoursAfter(MONDAY_10, 25));
    }

    @Test
    void isMetByANoticeDuringAnObservationPeriodOf25Hours() {
        ClockFacts facts = dischargedAfterHours(OBSERVATION_FROM_MONDAY.withNotice(moon(hoursAfter(MONDAY_10, 20))), 25);

        assertThat(clock(facts, MOON, hoursAfter(MONDAY_10, 48)).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void isOpenAndDue36HoursAfterTheStartWhileThePeriodIsOngoing() {
        ClockResult result = clock(OBSERVATION_FROM_MONDAY, MOON, hoursAfter(MONDAY_10, 10));

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.due()).isEqualTo(hoursAfter(MONDAY_10, 36));
    }

    @Test
    void isOverdueWhileThePeriodGoesOnPast36HoursWithoutANotice() {
        ClockResult result = clock(OBSERVATION_FROM_MONDAY, MOON, hoursAfter(MONDAY_10, 40));

        assertThat(result.status()).isEqualTo(ClockStatus.OVERDUE);
        assertThat(result.due()).isEqualTo(hoursAfter(MONDAY_10, 36));
    }

    @Test
    void anOngoingPeriodTurnsOverdueWithTimeAloneAtItsDue() {
        ClockResult stored = clock(OBSERVATION_FROM_MONDAY, MOON, hoursAfter(MONDAY_10, 10));

        assertThat(stored.statusAt(hoursAfter(MONDAY_10, 36))).isEqualTo(ClockStatus.OPEN);
        assertThat(stored.statusAt(hoursAfter(MONDAY_10, 100))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void isMissedOnceAPeriodThatWentPast36HoursEndsWithoutANotice() {
        ClockFacts facts = dischargedAfterHours(OBSERVATION_FROM_MONDAY, 40);

        ClockResult result = clock(facts, MOON, hoursAfter(MONDAY_10, 40));

        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
        assertThat(result.due()).isEqualTo(hoursAfter(MONDAY_10, 36));
    }

    @Test
    void isMetByANoticeInTheFirstHoursOfAnOngoingPeriod() {
        ClockFacts facts = OBSERVATION_FROM_MONDAY.withNotice(moon(hoursAfter(MONDAY_10, 5)));

        assertThat(clock(facts, MOON, hoursAfter(MONDAY_10, 6)).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void isMetLateByANoticeAfter36HoursWhileThePeriodGoesOn() {
        ClockFacts facts = OBSERVATION_FROM_MONDAY.withNotice(moon(hoursAfter(MONDAY_10, 38)));

        assertThat(clock(facts, MOON, hoursAfter(MONDAY_10, 39)).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void isDueAtTheChangeToInpatientAtHour30() {
        ClockFacts facts = OBSERVATION_FROM_MONDAY.withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 30));

        ClockResult result = clock(facts, MOON, hoursAfter(MONDAY_10, 31));

        assertThat(result.due()).isEqualTo(hoursAfter(MONDAY_10, 30));
        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void ignoresANoticeGivenAfterTheObservationPeriodEnded() {
        ClockFacts facts = OBSERVATION_FROM_MONDAY
                .withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 30))
                .withNotice(moon(hoursAfter(MONDAY_10, 31)));

        assertThat(clock(facts, MOON, hoursAfter(MONDAY_10, 32)).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void isMetLateByANoticeAfter36HoursInsideTheObservationPeriod() {
        Instant emergencyArrival = MONDAY_10;
        Instant observationStart = hoursAfter(emergencyArrival, 2);
        ClockFacts facts = admitted(Payer.MEDICARE_ADVANTAGE, PatientClass.EMERGENCY, emergencyArrival)
                .withClassChange(PatientClass.INPATIENT, hoursAfter(observationStart, 40))
                .withClassChange(PatientClass.OBSERVATION, observationStart)
                .withNotice(moon(hoursAfter(observationStart, 39)));

        ClockResult result = clock(facts, MOON, hoursAfter(observationStart, 41));

        assertThat(result.status()).isEqualTo(ClockStatus.MET_LATE);
        assertThat(result.due()).isEqualTo(hoursAfter(observationStart, 36));
    }

    @Test
    void countsOnlyTheFirstObservationPeriod() {
        ClockFacts facts = OBSERVATION_FROM_MONDAY
                .withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 10))
                .withClassChange(PatientClass.OBSERVATION, hoursAfter(MONDAY_10, 20));

        assertThat(clock(facts, MOON, hoursAfter(MONDAY_10, 60)).status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
    }
}
