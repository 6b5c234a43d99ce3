package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.compliance.Episodes.CHICAGO;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.at;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.projections.facility.FacilityCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TcmContactClockTest {

    private static final Instant THURSDAY_14 = at("2025-03-06T14:00:00Z");
    private static final Instant DUE_MONDAY = at("2025-03-10T23:59:59.999999999Z");
    private static final ClockFacts HOME_THURSDAY = dischargedThursday("01");

    private static ClockFacts dischargedThursday(String disposition) {
        return medicareInpatient(MONDAY_10).withDischarge(new Discharge(THURSDAY_14, disposition));
    }

    private static FollowUpContact failed(String at) {
        return new FollowUpContact(at(at), false);
    }

    @Test
    void isDueAtTheEndOfTheSecondBusinessDayAcrossAWeekend() {
        ClockResult result = clock(HOME_THURSDAY, TCM_CONTACT, THURSDAY_14);

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.due()).isEqualTo(DUE_MONDAY);
        assertThat(result.windowClosesAt()).isEqualTo(at("2025-04-05T23:59:59.999999999Z"));
    }

    @Test
    void skipsAHolidayConfiguredForTheFacility() {
        FacilityCalendar friday = new FacilityCalendar(ZoneOffset.UTC, Set.of(LocalDate.parse("2025-03-07")));

        assertThat(clock(HOME_THURSDAY, friday, TCM_CONTACT, THURSDAY_14).due())
                .isEqualTo(at("2025-03-11T23:59:59.999999999Z"));
    }

    @Test
    void countsBusinessDaysFromTheDischargeDateInTheFacilityTimeZone() {
        ClockFacts facts = medicareInpatient(MONDAY_10)
                .withDischarge(new Discharge(at("2025-03-07T03:00:00Z"), "01"));

        assertThat(clock(facts, CHICAGO, TCM_CONTACT, at("2025-03-07T03:00:00Z")).due())
                .isEqualTo(at("2025-03-11T04:59:59.999999999Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "06", "81", "86"})
    void appliesToDischargesHome(String disposition) {
        assertThat(clock(dischargedThursday(disposition), TCM_CONTACT, THURSDAY_14).status())
                .isEqualTo(ClockStatus.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"02", "03", "07", "20", "62"})
    void doesNotApplyToOtherDischarges(String disposition) {
        assertThat(clock(dischargedThursday(disposition), TCM_CONTACT, THURSDAY_14).status())
                .isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void isOpenWithNoDueWhileTheDispositionIsNotKnownYet() {
        ClockFacts unknown = medicareInpatient(MONDAY_10).withDischarge(new Discharge(THURSDAY_14, null));

        ClockResult result = clock(unknown, TCM_CONTACT, at("2025-03-12T10:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.OPEN);
        assertThat(result.due()).isNull();
    }

    @Test
    void aDispositionCompletedLaterStartsTheClockFromTheDischargeDate() {
        ClockFacts completed = medicareInpatient(MONDAY_10).withDischarge(new Discharge(THURSDAY_14, null))
                .withDischarge(new Discharge(THURSDAY_14, "06"));

        ClockResult result = clock(completed, TCM_CONTACT, at("2025-03-12T10:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.OVERDUE);
        assertThat(result.due()).isEqualTo(DUE_MONDAY);
    }

    @Test
    void doesNotApplyWhileTheEpisodeIsActive() {
        assertThat(clock(medicareInpatient(MONDAY_10), TCM_CONTACT, THURSDAY_14).status())
                .isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void isMetByASuccessfulContactByTheDue() {
        Instant contactedAt = at("2025-03-10T16:00:00Z");
        ClockFacts facts = HOME_THURSDAY.withContact(new FollowUpContact(contactedAt, true));

        ClockResult result = clock(facts, TCM_CONTACT, at("2025-03-12T00:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.metAt()).isEqualTo(contactedAt);
    }

    @Test
    void isMetByTwoFailedAttemptsBothByTheDue() {
        ClockFacts facts = HOME_THURSDAY.withContact(failed("2025-03-07T09:00:00Z"))
                .withContact(failed("2025-03-10T09:00:00Z"));

        ClockResult result = clock(facts, TCM_CONTACT, at("2025-03-12T00:00:00Z"));

        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.metAt()).isEqualTo(at("2025-03-10T09:00:00Z"));
    }

    @Test
    void isMetLateWhenTheSecondFailedAttemptCameAfterTheDue() {
        ClockFacts facts = HOME_THURSDAY.withContact(failed("2025-03-11T09:00:00Z"))
                .withContact(failed("2025-03-07T09:00:00Z"));

        assertThat(clock(facts, TCM_CONTACT, at("2025-03-12T00:00:00Z")).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void isOverdueAfterTheDueWithOnlyOneFailedAttempt() {
        ClockFacts facts = HOME_THURSDAY.withContact(failed("2025-03-07T09:00:00Z"));

        assertThat(clock(facts, TCM_CONTACT, at("2025-03-11T00:00:00Z")).status()).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void isStillOverdueOnTheThirtiethDayAndMissedTheDayAfter() {
        assertThat(clock(HOME_THURSDAY, TCM_CONTACT, at("2025-04-05T23:00:00Z")).status())
                .isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock(HOME_THURSDAY, TCM_CONTACT, at("2025-04-06T00:00:00Z")).status())
                .isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void ignoresAContactAfterTheWindowClosed() {
        ClockFacts facts = HOME_THURSDAY.withContact(new FollowUpContact(at("2025-04-07T10:00:00Z"), true));

        assertThat(clock(facts, TCM_CONTACT, at("2025-04-08T00:00:00Z")).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void ignoresAContactMadeBeforeTheDischargeThatStands() {
        ClockFacts facts = HOME_THURSDAY.withContact(new FollowUpContact(at("2025-03-05T10:00:00Z"), true));

        assertThat(clock(facts, TCM_CONTACT, at("2025-03-07T10:00:00Z")).status()).isEqualTo(ClockStatus.OPEN);
    }
}
