package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;
import static org.caretrail.domain.compliance.api.ComplianceClock.MOON;
import static org.caretrail.domain.compliance.api.ComplianceClock.OBSERVATION_48H;
import static org.caretrail.domain.compliance.api.ComplianceClock.POST_ACUTE_CHOICE;
import static org.caretrail.domain.compliance.api.ComplianceClock.REFERRAL_RESPONSE;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.SETTINGS;
import static org.caretrail.projections.compliance.Episodes.UTC;
import static org.caretrail.projections.compliance.Episodes.admitted;
import static org.caretrail.projections.compliance.Episodes.at;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.hoursAfter;
import static org.caretrail.projections.compliance.Episodes.imm;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.time.Instant;
import java.util.List;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

class ComplianceEvaluatorTest {

    private static final Instant DISCHARGED = at("2025-03-06T14:00:00Z");
    private static final ClockFacts WITH_TWO_REFERRALS = medicareInpatient(MONDAY_10)
            .withReferral(Referral.placed("ref-b", "SNF", hoursAfter(MONDAY_10, 5)))
            .withReferral(Referral.placed("ref-a", "HOSPICE", hoursAfter(MONDAY_10, 3)));

    private static List<ClockResult> evaluate(ClockFacts facts, Instant asOf) {
        return ComplianceEvaluator.evaluate(facts, UTC, SETTINGS, asOf);
    }

    @Test
    void listsEveryClockAndBothReferralClocksOncePerReferralInTheOrderPlaced() {
        assertThat(evaluate(WITH_TWO_REFERRALS, hoursAfter(MONDAY_10, 6)))
                .extracting(ClockResult::clock, ClockResult::referralId, ClockResult::status)
                .containsExactly(
                        tuple(IMM_INITIAL, null, ClockStatus.OPEN),
                        tuple(IMM_FOLLOW_UP, null, ClockStatus.OPEN),
                        tuple(MOON, null, ClockStatus.NOT_APPLICABLE),
                        tuple(TCM_CONTACT, null, ClockStatus.NOT_APPLICABLE),
                        tuple(OBSERVATION_48H, null, ClockStatus.NOT_APPLICABLE),
                        tuple(REFERRAL_RESPONSE, "ref-a", ClockStatus.OPEN),
                        tuple(POST_ACUTE_CHOICE, "ref-a", ClockStatus.NOT_APPLICABLE),
                        tuple(REFERRAL_RESPONSE, "ref-b", ClockStatus.OPEN),
                        tuple(POST_ACUTE_CHOICE, "ref-b", ClockStatus.MISSED));
    }

    @Test
    void aCancelledEpisodeHasEveryClockNotApplicable() {
        ClockFacts facts = WITH_TWO_REFERRALS.withDischarge(new Discharge(DISCHARGED, "01")).asCancelled();

        List<ClockResult> results = evaluate(facts, at("2025-03-20T00:00:00Z"));

        assertThat(results).hasSize(9);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
            assertThat(result.due()).isNull();
        });
    }

    @Test
    void noClockAppliesBeforeTheAdmissionHasHappened() {
        assertThat(evaluate(WITH_TWO_REFERRALS, hoursAfter(MONDAY_10, -1)))
                .extracting(ClockResult::status)
                .containsOnly(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void aCancelledDischargeReopensTheClocksItClosed() {
        ClockFacts discharged = medicareInpatient(MONDAY_10).withDischarge(new Discharge(DISCHARGED, "01"));
        Instant asOf = at("2025-03-07T12:00:00Z");

        assertThat(clock(discharged, IMM_INITIAL, asOf).status()).isEqualTo(ClockStatus.MISSED);
        assertThat(clock(discharged, TCM_CONTACT, asOf).status()).isEqualTo(ClockStatus.OPEN);

        ClockFacts reopened = discharged.withoutDischarge();
        assertThat(clock(reopened, IMM_INITIAL, asOf).status()).isEqualTo(ClockStatus.OVERDUE);
        assertThat(clock(reopened, IMM_FOLLOW_UP, asOf).status()).isEqualTo(ClockStatus.OPEN);
        assertThat(clock(reopened, TCM_CONTACT, asOf).status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @EnumSource(value = Payer.class, names = {"MEDICAID", "COMMERCIAL", "SELF_PAY", "OTHER"})
    @NullSource
    void noMedicareNoticeClockAppliesToOtherPayers(Payer payer) {
        ClockFacts facts = admitted(payer, PatientClass.OBSERVATION, MONDAY_10)
                .withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 30));

        assertThat(evaluate(facts, hoursAfter(MONDAY_10, 80)))
                .filteredOn(result -> result.clock() == IMM_INITIAL || result.clock() == IMM_FOLLOW_UP
                        || result.clock() == MOON)
                .extracting(ClockResult::status)
                .containsExactly(ClockStatus.NOT_APPLICABLE, ClockStatus.NOT_APPLICABLE, ClockStatus.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @EnumSource(value = Payer.class, names = {"MEDICARE", "MEDICARE_ADVANTAGE"})
    void everyMedicareNoticeClockAppliesToMedicarePayers(Payer payer) {
        ClockFacts facts = admitted(payer, PatientClass.OBSERVATION, MONDAY_10)
                .withClassChange(PatientClass.INPATIENT, hoursAfter(MONDAY_10, 30));

        assertThat(evaluate(facts, hoursAfter(MONDAY_10, 80)))
                .filteredOn(result -> result.clock() == IMM_INITIAL || result.clock() == IMM_FOLLOW_UP
                        || result.clock() == MOON)
                .extracting(ClockResult::status)
                .containsExactly(ClockStatus.OPEN, ClockStatus.OPEN, ClockStatus.MISSED);
    }

    @Test
    void theEpisodeWrapperCarriesItsIdentityAndEvaluationTime() {
        Instant asOf = hoursAfter(MONDAY_10, 6);

        EpisodeClocks stored = ComplianceEvaluator.evaluateEpisode(WITH_TWO_REFERRALS, UTC, SETTINGS, asOf);

        assertThat(stored.episodeId()).isEqualTo("episode-1");
        assertThat(stored.patientId()).isEqualTo("patient-1");
        assertThat(stored.facilityId()).isEqualTo("facility-1");
        assertThat(stored.evaluatedAt()).isEqualTo(asOf);
        assertThat(stored.clocks()).isEqualTo(evaluate(WITH_TWO_REFERRALS, asOf));
    }

    @Test
    void namesTheEarliestFactRecordedAheadOfTheAsOfSoAStoredJudgementKnowsWhenItGoesStale() {
        ClockFacts facts = WITH_TWO_REFERRALS
                .withNotice(imm(hoursAfter(MONDAY_10, 30)))
                .withReferralAnswered("ref-b", new ReferralAnswer(ReferralDecision.ACCEPTED, hoursAfter(MONDAY_10, 12)))
                .withDischarge(new Discharge(DISCHARGED, "01"));

        assertThat(ComplianceEvaluator.nextFactAfter(facts, hoursAfter(MONDAY_10, 4)))
                .contains(hoursAfter(MONDAY_10, 5));
        assertThat(ComplianceEvaluator.nextFactAfter(facts, hoursAfter(MONDAY_10, 5)))
                .contains(hoursAfter(MONDAY_10, 12));
        assertThat(ComplianceEvaluator.nextFactAfter(facts, DISCHARGED)).isEmpty();
    }
}
