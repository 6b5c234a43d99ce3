package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;
import static org.caretrail.projections.compliance.Episodes.CHICAGO;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.UTC;
import static org.caretrail.projections.compliance.Episodes.admitted;
import static org.caretrail.projections.compliance.Episodes.at;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.imm;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.time.Instant;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.NoticeOutcome;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class ImmInitialClockTest {

    private static final Instant DUE_WEDNESDAY = at("2025-03-05T23:59:59.999999999Z");

    @Test
    void isDueAtTheEndOfTheSecondCalendarDayAfterAnInpatientAdmission() {
        ClockResult result = clock(medicareInpatient(MONDAY_10), IMM_INITIAL, MONDAY_10);

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.due()).isEqualTo(DUE_WEDNESDAY);
    }

    @Test
    void countsCalendarDaysInTheFacilityTimeZone() {
        Instant admittedAt = at("2025-03-04T03:00:00Z");
        ClockFacts facts = medicareInpatient(admittedAt);

        assertThat(clock(facts, UTC, IMM_INITIAL, admittedAt).due()).isEqualTo(at("2025-03-06T23:59:59.999999999Z"));
        assertThat(clock(facts, CHICAGO, IMM_INITIAL, admittedAt).due())
                .isEqualTo(at("2025-03-06T05:59:59.999999999Z"));
    }

    @Test
    void startsWhenAnObservationStayIsChangedToInpatient() {
        ClockFacts facts = admitted(Payer.MEDICARE, PatientClass.OBSERVATION, MONDAY_10)
                .withClassChange(PatientClass.INPATIENT, at("2025-03-05T09:00:00Z"));

        ClockResult result = clock(facts, IMM_INITIAL, at("2025-03-05T09:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.due()).isEqualTo(at("2025-03-07T23:59:59.999999999Z"));
    }

    @Test
    void doesNotApplyBeforeTheChangeToInpatientHasHappened() {
        ClockFacts facts = admitted(Payer.MEDICARE, PatientClass.OBSERVATION, MONDAY_10)
                .withClassChange(PatientClass.INPATIENT, at("2025-03-05T09:00:00Z"));

        assertThat(clock(facts, IMM_INITIAL, at("2025-03-05T08:59:59Z")).status())
                .isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void isMetByARefusedNoticeDeliveredByTheDue() {
        Instant deliveredAt = at("2025-03-05T23:00:00Z");
        ClockFacts facts = medicareInpatient(MONDAY_10)
                .withNotice(new Notice(NoticeType.IMM, NoticeOutcome.REFUSED, deliveredAt));

        ClockResult result = clock(facts, IMM_INITIAL, at("2025-03-06T12:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.metAt()).isEqualTo(deliveredAt);
    }

    @Test
    void isOpenAtTheLastInstantOfTheDueDayAndOverdueRightAfter() {
        ClockFacts facts = medicareInpatient(MONDAY_10);

        assertThat(clock(facts, IMM_INITIAL, DUE_WEDNESDAY).status()).isEqualTo(ClockStatus.OPEN);
        assertThat(clock(facts, IMM_INITIAL, at("2025-03-06T00:00:00Z")).status()).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void isMetLateByANoticeAfterTheDueWhileTheEpisodeIsActive() {
        ClockFacts facts = medicareInpatient(MONDAY_10).withNotice(imm(at("2025-03-06T08:00:00Z")));

        assertThat(clock(facts, IMM_INITIAL, at("2025-03-06T09:00:00Z")).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void isNotMetAtAnAsOfBeforeTheNoticeWasDelivered() {
        ClockFacts facts = medicareInpatient(MONDAY_10).withNotice(imm(at("2025-03-04T15:00:00Z")));

        ClockResult result = clock(facts, IMM_INITIAL, at("2025-03-04T14:59:59Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.metAt()).isNull();
    }

    @Test
    void isMissedWhenTheEpisodeIsDischargedWithoutANotice() {
        Instant dischargedAt = at("2025-03-04T16:00:00Z");
        ClockFacts facts = medicareInpatient(MONDAY_10).withDischarge(new Discharge(dischargedAt, "01"));

        ClockResult result = clock(facts, IMM_INITIAL, dischargedAt);

        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
        assertThat(result.windowClosesAt()).isEqualTo(dischargedAt);
    }

    @Test
    void ignoresANoticeRecordedAfterTheDischarge() {
        ClockFacts facts = medicareInpatient(MONDAY_10)
                .withDischarge(new Discharge(at("2025-03-04T16:00:00Z"), "01"))
                .withNotice(imm(at("2025-03-04T17:00:00Z")));

        assertThat(clock(facts, IMM_INITIAL, at("2025-03-05T12:00:00Z")).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void countsANoticeGivenBeforeTheInpatientOrderInTheSameEpisode() {
        ClockFacts facts = admitted(Payer.MEDICARE, PatientClass.EMERGENCY, MONDAY_10)
                .withNotice(imm(at("2025-03-03T11:00:00Z")))
                .withClassChange(PatientClass.INPATIENT, at("2025-03-03T14:00:00Z"));

        assertThat(clock(facts, IMM_INITIAL, at("2025-03-04T12:00:00Z")).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void doesNotApplyToAStayThatNeverBecameInpatient() {
        ClockFacts facts = admitted(Payer.MEDICARE, PatientClass.OBSERVATION, MONDAY_10);

        assertThat(clock(facts, IMM_INITIAL, at("2025-03-07T12:00:00Z")).status())
                .isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void stillAppliesWhenTheInpatientStayWasChangedToObservationBeforeDischarge() {
        ClockFacts facts = medicareInpatient(MONDAY_10)
                .withClassChange(PatientClass.OBSERVATION, at("2025-03-03T20:00:00Z"));

        assertThat(clock(facts, IMM_INITIAL, at("2025-03-04T12:00:00Z")).status()).isEqualTo(ClockStatus.OPEN);
    }

    @Test
    void aSecondInpatientPeriodKeepsTheDueOfTheFirst() {
        ClockFacts facts = medicareInpatient(MONDAY_10)
                .withClassChange(PatientClass.OBSERVATION, at("2025-03-03T20:00:00Z"))
                .withClassChange(PatientClass.INPATIENT, at("2025-03-06T09:00:00Z"));

        ClockResult result = clock(facts, IMM_INITIAL, at("2025-03-06T12:00:00Z"));

        assertThat(result.due()).isEqualTo(DUE_WEDNESDAY);
        assertThat(result.status()).isEqualTo(ClockStatus.OVERDUE);
    }
}
