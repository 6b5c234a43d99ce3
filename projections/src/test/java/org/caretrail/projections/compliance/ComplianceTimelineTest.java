package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.SETTINGS;
import static org.caretrail.projections.compliance.Episodes.UTC;
import static org.caretrail.projections.compliance.Episodes.at;
import static org.caretrail.projections.compliance.Episodes.imm;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.util.List;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class ComplianceTimelineTest {

    @Test
    void aFactThatChangesNothingAboutAClockDoesNotSplitItsSpan() {
        ClockFacts facts = medicareInpatient(MONDAY_10).withChoiceList(at("2025-03-04T09:00:00Z"));

        List<ActionableSpan> spans = ComplianceTimeline.actionableSpans(facts, UTC, SETTINGS);

        assertThat(spans).extracting(ActionableSpan::clock, ActionableSpan::from, ActionableSpan::until)
                .containsExactly(
                        tuple(IMM_INITIAL, MONDAY_10, null),
                        tuple(IMM_FOLLOW_UP, MONDAY_10, null));
    }

    @Test
    void aSpanEndsAtTheFactThatMeetsTheClock() {
        ClockFacts facts = medicareInpatient(MONDAY_10).withNotice(imm(at("2025-03-06T09:00:00Z")));

        ActionableSpan initial = ComplianceTimeline.actionableSpans(facts, UTC, SETTINGS).get(0);

        assertThat(initial.clock()).isEqualTo(IMM_INITIAL);
        assertThat(initial.until()).isEqualTo(at("2025-03-06T09:00:00Z"));
        assertThat(initial.statusAt(at("2025-03-06T08:59:59Z"))).isEqualTo(ClockStatus.OVERDUE);
        assertThat(initial.covers(at("2025-03-06T09:00:00Z"))).isFalse();
    }

    @Test
    void aFollowUpSpanEndsJustAfterItsWindowCloses() {
        ClockFacts facts = ClockFacts.admitted("e", "p", "f", Payer.COMMERCIAL, PatientClass.INPATIENT,
                MONDAY_10).withDischarge(new Discharge(at("2025-03-06T14:00:00Z"), "01"));

        ActionableSpan tcm = ComplianceTimeline.actionableSpans(facts, UTC, SETTINGS).get(0);

        assertThat(tcm.clock()).isEqualTo(TCM_CONTACT);
        assertThat(tcm.covers(at("2025-04-05T23:59:59.999999999Z"))).isTrue();
        assertThat(tcm.covers(at("2025-04-06T00:00:00Z"))).isFalse();
    }

    @Test
    void aCancelledEpisodeNeverNeedsAction() {
        assertThat(ComplianceTimeline.actionableSpans(medicareInpatient(MONDAY_10).asCancelled(), UTC, SETTINGS))
                .isEmpty();
    }
}
