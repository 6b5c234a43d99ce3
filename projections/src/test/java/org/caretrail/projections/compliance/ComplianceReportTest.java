package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;
import static org.caretrail.domain.compliance.api.ComplianceClock.REFERRAL_RESPONSE;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.compliance.Episodes.CHICAGO;
import static org.caretrail.projections.compliance.Episodes.UTC;
import static org.caretrail.projections.compliance.Episodes.at;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {

    private static final Instant EVALUATED = at("2025-03-20T00:00:00Z");
    private static final Instant END_OF_MARCH_IN_CHICAGO = at("2025-04-01T03:00:00Z");

    private static ClockResult result(ComplianceClock clock, ClockStatus status, Instant due) {
        return new ClockResult(clock, null, status, due, null, null);
    }

    private static EpisodeClocks episode(String episodeId, String facilityId, ClockResult... clocks) {
        return new EpisodeClocks(episodeId, "patient-" + episodeId, facilityId, EVALUATED, List.of(clocks));
    }

    @Test
    void countsEachStatusPerFacilityClockAndMonthOfTheDueInTheFacilityZone() {
        List<EpisodeClocks> episodes = List.of(
                episode("e1", "chicago", result(IMM_INITIAL, ClockStatus.MET, END_OF_MARCH_IN_CHICAGO)),
                episode("e2", "chicago", result(IMM_INITIAL, ClockStatus.MET, at("2025-03-02T00:00:00Z"))),
                episode("e3", "utc", result(IMM_INITIAL, ClockStatus.MET, END_OF_MARCH_IN_CHICAGO)));

        List<ReportCount> counts = ComplianceReport.count(episodes,
                Map.of("chicago", CHICAGO, "utc", UTC)::get, EVALUATED);

        assertThat(counts).containsExactly(
                new ReportCount("chicago", IMM_INITIAL, YearMonth.of(2025, 3), ClockStatus.MET, 2),
                new ReportCount("utc", IMM_INITIAL, YearMonth.of(2025, 4), ClockStatus.MET, 1));
    }

    @Test
    void countsStoredClocksAsTheyStandAtTheReportAsOf() {
        ClockResult openUntilMarch21 = new ClockResult(TCM_CONTACT, null, ClockStatus.OPEN,
                at("2025-03-21T23:59:59Z"), null, at("2025-04-19T23:59:59Z"));
        List<EpisodeClocks> episodes = List.of(episode("e1", "utc", openUntilMarch21));

        List<ReportCount> counts = ComplianceReport.count(episodes, id -> UTC, at("2025-03-25T00:00:00Z"));

        assertThat(counts).containsExactly(
                new ReportCount("utc", TCM_CONTACT, YearMonth.of(2025, 3), ClockStatus.OVERDUE, 1));
    }

    @Test
    void countsClocksWithoutADueUnderNoMonth() {
        List<EpisodeClocks> episodes = List.of(episode("e1", "utc",
                result(IMM_FOLLOW_UP, ClockStatus.OPEN, null),
                result(IMM_INITIAL, ClockStatus.NOT_APPLICABLE, null)));

        assertThat(ComplianceReport.count(episodes, id -> UTC, EVALUATED)).containsExactly(
                new ReportCount("utc", IMM_INITIAL, null, ClockStatus.NOT_APPLICABLE, 1),
                new ReportCount("utc", IMM_FOLLOW_UP, null, ClockStatus.OPEN, 1));
    }

    @Test
    void theWorklistHoldsOpenAndOverdueClocksSoonestDueFirst() {
        ClockResult referral = new ClockResult(REFERRAL_RESPONSE, "ref-1", ClockStatus.OPEN,
                at("2025-03-21T10:00:00Z"), null, null);
        List<EpisodeClocks> episodes = List.of(
                episode("e1", "utc",
                        result(IMM_INITIAL, ClockStatus.MET, at("2025-03-19T23:59:59Z")),
                        result(IMM_FOLLOW_UP, ClockStatus.OPEN, null),
                        referral),
                episode("e2", "utc",
                        result(IMM_INITIAL, ClockStatus.OPEN, at("2025-03-20T23:59:59Z")),
                        result(TCM_CONTACT, ClockStatus.MISSED, at("2025-02-01T00:00:00Z"))));

        List<WorklistItem> worklist = ComplianceReport.worklist(episodes, at("2025-03-21T00:00:00Z"));

        assertThat(worklist).containsExactly(
                new WorklistItem("e2", "patient-e2", IMM_INITIAL, null, ClockStatus.OVERDUE,
                        at("2025-03-20T23:59:59Z"), null),
                new WorklistItem("e1", "patient-e1", REFERRAL_RESPONSE, "ref-1", ClockStatus.OPEN,
                        at("2025-03-21T10:00:00Z"), null),
                new WorklistItem("e1", "patient-e1", IMM_FOLLOW_UP, null, ClockStatus.OPEN, null, null));
    }
}
