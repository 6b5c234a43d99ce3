package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.hoursAfter;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class ClockFactsTest {

    private static final ClockFacts WITH_REFERRAL = medicareInpatient(MONDAY_10)
            .withReferral(Referral.placed("ref-1", "SNF", hoursAfter(MONDAY_10, 1)));

    @Test
    void keepsTheEarliestAnswerToAReferralWhateverTheArrivalOrder() {
        ReferralAnswer early = new ReferralAnswer(ReferralDecision.DECLINED, hoursAfter(MONDAY_10, 5));
        ReferralAnswer late = new ReferralAnswer(ReferralDecision.ACCEPTED, hoursAfter(MONDAY_10, 9));

        ClockFacts facts = WITH_REFERRAL.withReferralAnswered("ref-1", late).withReferralAnswered("ref-1", early)
                .withReferralAnswered("ref-1", late);

        assertThat(facts.referrals()).singleElement().extracting(Referral::answer).isEqualTo(early);
    }

    @Test
    void keepsTheEarliestCancellationOfAReferral() {
        ClockFacts facts = WITH_REFERRAL.withReferralCancelled("ref-1", hoursAfter(MONDAY_10, 8))
                .withReferralCancelled("ref-1", hoursAfter(MONDAY_10, 6));

        assertThat(facts.referrals()).singleElement().extracting(Referral::cancelledAt)
                .isEqualTo(hoursAfter(MONDAY_10, 6));
    }

    @Test
    void placingTheSameReferralAgainReplacesIt() {
        ClockFacts facts = WITH_REFERRAL.withReferral(Referral.placed("ref-1", "IRF", hoursAfter(MONDAY_10, 2)));

        assertThat(facts.referrals()).containsExactly(Referral.placed("ref-1", "IRF", hoursAfter(MONDAY_10, 2)));
    }

    @Test
    void rejectsAnAnswerToAReferralThatWasNeverPlaced() {
        ReferralAnswer answer = new ReferralAnswer(ReferralDecision.ACCEPTED, hoursAfter(MONDAY_10, 5));

        assertThatThrownBy(() -> WITH_REFERRAL.withReferralAnswered("ref-9", answer))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ref-9");
    }

    @Test
    void rejectsTwoReferralsWithTheSameId() {
        Referral referral = Referral.placed("ref-1", "SNF", MONDAY_10);

        assertThatThrownBy(() -> new ClockFacts("e", "p", "f", Payer.MEDICARE, MONDAY_10, null, null, null, null,
                null, List.of(referral, referral), false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unique");
    }

    @Test
    void startsTheClassHistoryWithTheClassAtAdmission() {
        assertThat(medicareInpatient(MONDAY_10).classHistory())
                .containsExactly(new ClassSlice(PatientClass.INPATIENT, MONDAY_10));
    }
}
