package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.at;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.imm;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.time.Instant;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.junit.jupiter.api.Test;

class ImmFollowUpClockTest {

    private static final Instant FRIDAY_15 = at("2025-03-07T15:00:00Z");
    private static final ClockFacts FIRST_IMM_ON_MONDAY = medicareInpatient(MONDAY_10)
            .withNotice(imm(at("2025-03-03T12:00:00Z")));

    private static ClockFacts dischargedFriday(ClockFacts facts) {
        return facts.withDischarge(new Discharge(FRIDAY_15, "01"));
    }

    @Test
    void isOpenWithNoDueWhileTheEpisodeIsActive() {
        ClockResult result = clock(FIRST_IMM_ON_MONDAY, IMM_FOLLOW_UP, at("2025-03-06T12:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.due()).isNull();
    }

    @Test
    void isMetByANoticeFiveHoursBeforeDischarge() {
        Instant followUp = at("2025-03-07T10:00:00Z");
        ClockFacts facts = dischargedFriday(FIRST_IMM_ON_MONDAY.withNotice(imm(followUp)));

        ClockResult result = clock(facts, IMM_FOLLOW_UP, FRIDAY_15);

        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.due()).isEqualTo(FRIDAY_15);
        assertThat(result.metAt()).isEqualTo(followUp);
    }

    @Test
    void isMetByANoticeExactlyFourHoursBeforeDischarge() {
        ClockFacts facts = dischargedFriday(FIRST_IMM_ON_MONDAY.withNotice(imm(at("2025-03-07T11:00:00Z"))));

        assertThat(clock(facts, IMM_FOLLOW_UP, FRIDAY_15).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void isMetLateByANoticeThreeHoursBeforeDischarge() {
        Instant followUp = at("2025-03-07T12:00:00Z");
        ClockFacts facts = dischargedFriday(FIRST_IMM_ON_MONDAY.withNotice(imm(followUp)));

        ClockResult result = clock(facts, IMM_FOLLOW_UP, FRIDAY_15);

        assertThat(result.status()).isEqualTo(ClockStatus.MET_LATE);
        assertThat(result.metAt()).isEqualTo(followUp);
    }

    @Test
    void isMetByANoticeOnTheSecondCalendarDayBeforeTheDischargeDate() {
        ClockFacts facts = dischargedFriday(FIRST_IMM_ON_MONDAY.withNotice(imm(at("2025-03-05T08:00:00Z"))));

        assertThat(clock(facts, IMM_FOLLOW_UP, FRIDAY_15).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void isMissedWhenTheOnlyLaterNoticeCameThreeDaysBeforeTheDischargeDate() {
        ClockFacts facts = dischargedFriday(FIRST_IMM_ON_MONDAY.withNotice(imm(at("2025-03-04T08:00:00Z"))));

        ClockResult result = clock(facts, IMM_FOLLOW_UP, FRIDAY_15);

        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
        assertThat(result.metAt()).isNull();
    }

    @Test
    void doesNotApplyToAShortStayDischargedWithinTwoDaysOfTheFirstNotice() {
        ClockFacts facts = FIRST_IMM_ON_MONDAY.withDischarge(new Discharge(at("2025-03-05T22:00:00Z"), "01"));

        assertThat(clock(facts, IMM_FOLLOW_UP, at("2025-03-06T00:00:00Z")).status())
                .isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void appliesWhenTheDischargeDateIsThreeDaysAfterTheFirstNotice() {
        ClockFacts facts = FIRST_IMM_ON_MONDAY.withDischarge(new Discharge(at("2025-03-06T09:00:00Z"), "01"));

        assertThat(clock(facts, IMM_FOLLOW_UP, at("2025-03-06T09:00:00Z")).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void appliesAtDischargeWhenNoNoticeWasEverGiven() {
        ClockFacts facts = medicareInpatient(MONDAY_10).withDischarge(new Discharge(at("2025-03-04T09:00:00Z"), "01"));

        assertThat(clock(facts, IMM_FOLLOW_UP, at("2025-03-04T09:00:00Z")).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void staysOpenWhileTheDischargeHasNotHappenedAtAsOf() {
        ClockFacts facts = dischargedFriday(FIRST_IMM_ON_MONDAY);

        assertThat(clock(facts, IMM_FOLLOW_UP, at("2025-03-07T14:59:59Z")).status()).isEqualTo(ClockStatus.OPEN);
    }
}
