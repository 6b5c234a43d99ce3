package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.compliance.Episodes.MONDAY_10;
import static org.caretrail.projections.compliance.Episodes.SETTINGS;
import static org.caretrail.projections.compliance.Episodes.UTC;
import static org.caretrail.projections.compliance.Episodes.at;
import static org.caretrail.projections.compliance.Episodes.clock;
import static org.caretrail.projections.compliance.Episodes.medicareInpatient;

import java.time.Instant;
import java.util.List;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.junit.jupiter.api.Test;

class ClockResultTest {

    private static final Instant DISCHARGED = at("2025-03-06T14:00:00Z");
    private static final Instant DUE = at("2025-03-10T23:59:59.999999999Z");
    private static final Instant CLOSES = at("2025-04-05T23:59:59.999999999Z");
    private static final ClockFacts HOME = medicareInpatient(MONDAY_10)
            .withDischarge(new Discharge(DISCHARGED, "01"));

    @Test
    void anOpenClockListsItsChangesToOverdueAtTheDueAndToMissedAtTheWindowClose() {
        ClockResult open = clock(HOME, TCM_CONTACT, DISCHARGED);

        assertThat(open.changes()).containsExactly(
                new StatusChange(DUE, ClockStatus.OVERDUE),
                new StatusChange(CLOSES, ClockStatus.MISSED));
    }

    @Test
    void aStoredOpenClockReJudgedLaterAgreesWithEvaluatingAgain() {
        ClockResult stored = clock(HOME, TCM_CONTACT, DISCHARGED);

        for (Instant later : List.of(DUE, DUE.plusNanos(1), CLOSES, CLOSES.plusNanos(1))) {
            assertThat(stored.statusAt(later)).as("at %s", later)
                    .isEqualTo(clock(HOME, TCM_CONTACT, later).status());
        }
    }

    @Test
    void anOverdueClockOnlyListsTheWindowClose() {
        ClockResult overdue = clock(HOME, TCM_CONTACT, at("2025-03-12T00:00:00Z"));

        assertThat(overdue.status()).isEqualTo(ClockStatus.OVERDUE);
        assertThat(overdue.changes()).containsExactly(new StatusChange(CLOSES, ClockStatus.MISSED));
    }

    @Test
    void aClockWithoutAKnownWindowCloseStaysOverdue() {
        ClockResult overdue = clock(medicareInpatient(MONDAY_10), ComplianceClock.IMM_INITIAL,
                at("2025-03-06T00:00:00Z"));

        assertThat(overdue.changes()).isEmpty();
        assertThat(overdue.statusAt(at("2026-01-01T00:00:00Z"))).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void aMetClockDoesNotChangeWithTime() {
        ClockFacts contacted = HOME.withContact(new FollowUpContact(at("2025-03-07T10:00:00Z"), true));
        ClockResult met = clock(contacted, TCM_CONTACT, at("2025-03-07T10:00:00Z"));

        assertThat(met.changes()).isEmpty();
        assertThat(met.statusAt(CLOSES.plusSeconds(1))).isEqualTo(ClockStatus.MET);
    }

    @Test
    void storedEpisodeClocksCannotBeReJudgedBeforeTheirEvaluation() {
        EpisodeClocks stored = ComplianceEvaluator.evaluateEpisode(HOME, UTC, SETTINGS, DISCHARGED);

        assertThatThrownBy(() -> stored.clocksAt(DISCHARGED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the evaluation");
    }
}
