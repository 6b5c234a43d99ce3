package org.caretrail.projections.compliance;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.projections.facility.FacilityCalendar;

/**
 * The compliance report and worklist over stored episode clocks, re-judged at an asOf. A clock with no due time
 * (most NOT_APPLICABLE ones, IMM_FOLLOW_UP while the episode is active) is counted under a null month.
 */
public final class ComplianceReport {

    private static final Comparator<ReportCount> REPORT_ORDER = Comparator
            .comparing(ReportCount::facilityId)
            .thenComparing(ReportCount::clock)
            .thenComparing(ReportCount::month, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ReportCount::status);

    /**
     * Overdue first, then soonest due (no due time last): an overdue clock is past its due and an open one is not, so
     * this is also soonest due first, and the case manager's page shows the order the API answers.
     */
    static final Comparator<WorklistItem> WORKLIST_ORDER = Comparator
            .comparing((WorklistItem item) -> item.status() != ClockStatus.OVERDUE)
            .thenComparing(WorklistItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorklistItem::episodeId)
            .thenComparing(WorklistItem::clock)
            .thenComparing(WorklistItem::referralId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(WorklistItem::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ComplianceReport() {
    }

    /** Counts of each status per facility, clock and month of the due time in that facility's zone. */
    public static List<ReportCount> count(Collection<EpisodeClocks> episodes,
                                          Function<String, FacilityCalendar> calendarOf, Instant asOf) {
        Map<ReportCount, Long> counts = new TreeMap<>(REPORT_ORDER);
        for (EpisodeClocks episode : episodes) {
            FacilityCalendar calendar = calendarOf.apply(episode.facilityId());
            for (ClockResult clock : episode.clocksAt(asOf)) {
                YearMonth month = clock.due() == null ? null : YearMonth.from(calendar.dateOf(clock.due()));
                counts.merge(new ReportCount(episode.facilityId(), clock.clock(), month, clock.status(), 0), 1L,
                        Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new ReportCount(entry.getKey().facilityId(), entry.getKey().clock(),
                        entry.getKey().month(), entry.getKey().status(), entry.getValue()))
                .toList();
    }

    /** Every OPEN and OVERDUE clock at asOf, overdue first, then soonest due (no due time last). */
    public static List<WorklistItem> worklist(Collection<EpisodeClocks> episodes, Instant asOf) {
        return episodes.stream()
                .flatMap(episode -> episode.clocksAt(asOf).stream()
                        .filter(clock -> clock.status().isActionable())
                        .map(clock -> new WorklistItem(episode.episodeId(), episode.patientId(), clock.clock(),
                                clock.referralId(), clock.status(), clock.due(), clock.periodStart())))
                .sorted(WORKLIST_ORDER)
                .toList();
    }
}
