package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.POST_ACUTE_CHOICE;
import static org.caretrail.domain.compliance.api.ComplianceClock.REFERRAL_RESPONSE;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.SETTINGS;
import static org.caretrail.projections.compliance.Episodes.hoursAfter;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;
import static org.caretrail.projections.compliance.Episodes.referralClock;

import java.time.Duration;
import java.time.Instant;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferralClocksTest {

    private static final Instant PLACED = hoursAfter(MONDAY_10, 20);
    private static final ClockFacts HOME_HEALTH_REFERRAL = medicareInpatient(MONDAY_10)
            .withReferral(Referral.placed("ref-1", "HOME_HEALTH", PLACED));

    private static ClockResult response(ClockFacts facts, Instant asOf) {
        return referralClock(facts, SETTINGS, REFERRAL_RESPONSE, "ref-1", asOf);
    }

    private static ClockResult choice(ClockFacts facts, Instant asOf) {
        return referralClock(facts, SETTINGS, POST_ACUTE_CHOICE, "ref-1", asOf);
    }

    private static ClockFacts answeredAfterHours(long hours) {
        return HOME_HEALTH_REFERRAL.withReferralAnswered("ref-1",
                new ReferralAnswer(ReferralDecision.ACCEPTED, hoursAfter(PLACED, hours)));
    }

    @Test
    void isMetByAnAnswerWithin48Hours() {
        ClockResult result = response(answeredAfterHours(47), hoursAfter(PLACED, 50));

        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.referralId()).isEqualTo("ref-1");
        assertThat(result.due()).isEqualTo(hoursAfter(PLACED, 48));
        assertThat(result.metAt()).isEqualTo(hoursAfter(PLACED, 47));
    }

    @Test
    void isMetLateByAnAnswerAfter49Hours() {
        assertThat(response(answeredAfterHours(49), hoursAfter(PLACED, 50)).status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void isOpenBeforeTheDueAndOverdueAfterItWithoutAnAnswer() {
        assertThat(response(HOME_HEALTH_REFERRAL, hoursAfter(PLACED, 47)).status()).isEqualTo(ClockStatus.OPEN);
        assertThat(response(HOME_HEALTH_REFERRAL, hoursAfter(PLACED, 49)).status()).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void isNotMetAtAnAsOfBeforeTheAnswer() {
        assertThat(response(answeredAfterHours(30), hoursAfter(PLACED, 29)).status()).isEqualTo(ClockStatus.OPEN);
    }

    @Test
    void followsAConfiguredResponseWindow() {
        ComplianceSettings oneDay = new ComplianceSettings(Duration.ofHours(24));

        ClockResult result = referralClock(answeredAfterHours(30), oneDay, REFERRAL_RESPONSE, "ref-1",
                hoursAfter(PLACED, 31));

        assertThat(result.status()).isEqualTo(ClockStatus.MET_LATE);
    }

    @Test
    void doesNotApplyToAReferralCancelledBeforeItsDue() {
        ClockFacts facts = HOME_HEALTH_REFERRAL.withReferralCancelled("ref-1", hoursAfter(PLACED, 10));

        assertThat(response(facts, hoursAfter(PLACED, 60)).status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void isMissedWhenTheReferralWasCancelledAfterItsDueWithoutAnAnswer() {
        ClockFacts facts = HOME_HEALTH_REFERRAL.withReferralCancelled("ref-1", hoursAfter(PLACED, 50));

        ClockResult result = response(facts, hoursAfter(PLACED, 60));

        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
        assertThat(result.windowClosesAt()).isEqualTo(hoursAfter(PLACED, 50));
    }

    @Test
    void staysMetWhenAnAnsweredReferralIsCancelledLater() {
        ClockFacts facts = answeredAfterHours(5).withReferralCancelled("ref-1", hoursAfter(PLACED, 10));

        assertThat(response(facts, hoursAfter(PLACED, 60)).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void doesNotApplyBeforeTheReferralIsPlaced() {
        ClockResult result = response(HOME_HEALTH_REFERRAL, hoursAfter(PLACED, -1));

        assertThat(result.status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
        assertThat(result.referralId()).isEqualTo("ref-1");
    }

    @Test
    void choiceIsMetByAListDocumentedBeforeAHomeHealthReferral() {
        Instant documentedAt = hoursAfter(PLACED, -2);
        ClockFacts facts = HOME_HEALTH_REFERRAL.withChoiceList(documentedAt);

        ClockResult result = choice(facts, PLACED);

        assertThat(result.status()).isEqualTo(ClockStatus.MET);
        assertThat(result.due()).isEqualTo(PLACED);
        assertThat(result.metAt()).isEqualTo(documentedAt);
    }

    @Test
    void choiceIsMetByAListDocumentedAtTheReferralTime() {
        assertThat(choice(HOME_HEALTH_REFERRAL.withChoiceList(PLACED), PLACED).status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void choiceIsMissedAtAHomeHealthReferralWithoutAPriorList() {
        assertThat(choice(HOME_HEALTH_REFERRAL, PLACED).status()).isEqualTo(ClockStatus.MISSED);
    }

    @Test
    void choiceIsMissedWhenTheListCameAfterTheReferral() {
        ClockFacts facts = HOME_HEALTH_REFERRAL.withChoiceList(hoursAfter(PLACED, 1));

        assertThat(choice(facts, hoursAfter(PLACED, 2)).status()).isEqualTo(ClockStatus.MISSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOME_HEALTH", "SNF", "IRF", "LTCH"})
    void choiceAppliesToEveryPostAcuteServiceOfTheRule(String serviceType) {
        ClockFacts facts = medicareInpatient(MONDAY_10).withReferral(Referral.placed("ref-1", serviceType, PLACED));

        ClockResult result = choice(facts, hoursAfter(PLACED, 2));

        assertThat(result.status()).isEqualTo(ClockStatus.MISSED);
        assertThat(result.due()).isEqualTo(PLACED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOSPICE", "PALLIATIVE_CARE", "OUTPATIENT_FOLLOW_UP", "OTHER"})
    void choiceDoesNotApplyToTheOtherServices(String serviceType) {
        ClockFacts facts = medicareInpatient(MONDAY_10).withReferral(Referral.placed("ref-1", serviceType, PLACED));

        assertThat(choice(facts, hoursAfter(PLACED, 2)).status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
    }

    @Test
    void choiceDoesNotApplyToAReferralForAnotherService() {
        ClockFacts facts = medicareInpatient(MONDAY_10).withReferral(Referral.placed("ref-1", "DME", PLACED));

        assertThat(choice(facts, hoursAfter(PLACED, 2)).status()).isEqualTo(ClockStatus.NOT_APPLICABLE);
    }
}
