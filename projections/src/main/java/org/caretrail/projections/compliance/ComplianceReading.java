package org.caretrail.projections.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.caretrail.domain.compliance.api.ClockEntry;
import org.caretrail.domain.compliance.api.ClockPage;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ClockView;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.CountClockStatusesQuery;
import org.caretrail.domain.compliance.api.CountOverdueClocksQuery;
import org.caretrail.domain.compliance.api.EpisodeComplianceResponse;
import org.caretrail.domain.compliance.api.FindClocksQuery;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceQuery;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.OverdueClocksResponse;
import org.caretrail.domain.compliance.api.StatusCount;
import org.caretrail.domain.compliance.api.WorklistEntry;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.projections.facility.FacilityCalendar;

/** Answers the compliance queries from the store, for any asOf. */
class ComplianceReading {

    private static final Comparator<ClockEntry> CLOCK_ORDER = Comparator
            .comparing(ClockEntry::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ClockEntry::episodeId)
            .thenComparing(ClockEntry::clock)
            .thenComparing(ClockEntry::referralId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ComplianceStore store;
    private final Function<String, FacilityCalendar> calendarOf;
    private final ComplianceSettings settings;

    ComplianceReading(ComplianceStore store, Function<String, FacilityCalendar> calendarOf,
                      ComplianceSettings settings) {
        this.store = store;
        this.calendarOf = calendarOf;
        this.settings = settings;
    }

    Optional<EpisodeComplianceResponse> episode(FindEpisodeComplianceQuery query) {
        return store.find(query.episodeId())
                .map(episode -> response(query.episodeId(), query.asOf(), clocksAt(episode, query.asOf())));
    }

    /** An episode's answer: its clocks at asOf as the API shows them. */
    static EpisodeComplianceResponse response(String episodeId, Instant asOf, List<ClockResult> clocks) {
        return new EpisodeComplianceResponse(episodeId, asOf, clocks.stream()
                .map(clock -> new ClockView(clock.clock(), clock.referralId(), clock.status(), clock.due(),
                        clock.metAt(), clock.periodStart()))
                .toList());
    }

    /**
     * The facility's actionable clocks the query's filters keep (the clock and the case manager narrow the database's
     * read), in the worklist's order, and the page asked for; the total counts every clock kept.
     */
    WorklistResponse worklist(FindWorklistQuery query) {
        List<WorklistEntry> items = store.spansCovering(query.facilityId(), query.clock(), query.caseManagerId(),
                        query.asOf()).stream()
                .map(stored -> new WorklistItem(stored.episodeId, stored.patientId, stored.span.clock(),
                        stored.span.referralId(), stored.span.statusAt(query.asOf()), stored.span.judged().due(),
                        stored.span.judged().periodStart()))
                .filter(item -> item.status().isActionable())
                .sorted(ComplianceReport.WORKLIST_ORDER)
                .map(item -> new WorklistEntry(item.episodeId(), item.patientId(), item.clock(), item.referralId(),
                        item.status(), item.due(), item.periodStart()))
                .toList();
        long start = (long) query.page() * query.size();
        List<WorklistEntry> page = start >= items.size() ? List.of()
                : items.subList((int) start, (int) Math.min(items.size(), start + query.size()));
        return new WorklistResponse(query.facilityId(), query.asOf(), page, query.page(), query.size(), items.size());
    }

    OverdueClocksResponse overdue(CountOverdueClocksQuery query) {
        Map<ComplianceClock, Long> overdue = new EnumMap<>(ComplianceClock.class);
        for (ComplianceClock clock : ComplianceClock.values()) {
            overdue.put(clock, 0L);
        }
        store.spansCovering(null, query.asOf()).stream()
                .filter(stored -> stored.span.statusAt(query.asOf()) == ClockStatus.OVERDUE)
                .forEach(stored -> overdue.merge(stored.span.clock(), 1L, Long::sum));
        return new OverdueClocksResponse(query.asOf(), overdue);
    }

    /**
     * Clocks count in the period by the date of their due in the facility's zone; a clock with no due time (most
     * NOT_APPLICABLE ones) has no month and counts when its episode was admitted in the period.
     */
    ComplianceReportResponse report(CountClockStatusesQuery query) {
        List<EpisodeClocks> inPeriod = inPeriod(query.facilityId(), query.from(), query.to(), query.asOf());
        List<StatusCount> counts = ComplianceReport.count(inPeriod, calendarOf, query.asOf()).stream()
                .map(count -> new StatusCount(count.facilityId(), count.clock(), count.month(), count.status(),
                        count.count()))
                .toList();
        return new ComplianceReportResponse(query.facilityId(), query.from(), query.to(), query.asOf(), counts);
    }

    /** The clocks behind report cells: the same episodes and period rule as {@link #report}, filtered and paged. */
    ClockPage clocks(FindClocksQuery query) {
        List<ClockEntry> matching = inPeriod(query.facilityId(), query.from(), query.to(), query.asOf()).stream()
                .flatMap(episode -> episode.clocks().stream()
                        .filter(clock -> query.clock() == null || clock.clock() == query.clock())
                        .filter(clock -> query.status() == null || clock.status() == query.status())
                        .map(clock -> new ClockEntry(episode.episodeId(), episode.patientId(), episode.facilityId(),
                                clock.clock(), clock.referralId(), clock.status(), clock.due(), clock.metAt())))
                .sorted(CLOCK_ORDER)
                .toList();
        long start = (long) query.page() * query.size();
        List<ClockEntry> page = start >= matching.size() ? List.of()
                : matching.subList((int) start, (int) Math.min(matching.size(), start + query.size()));
        return new ClockPage(page, query.page(), query.size(), matching.size());
    }

    private List<EpisodeClocks> inPeriod(String facilityId, LocalDate from, LocalDate to, Instant asOf) {
        return store.findAll(facilityId).stream()
                .map(episode -> {
                    FacilityCalendar calendar = calendarOf.apply(episode.facts.facilityId());
                    LocalDate admitted = calendar.dateOf(episode.facts.admittedAt());
                    List<ClockResult> clocks = clocksAt(episode, asOf).stream()
                            .filter(clock -> within(clock.due() == null ? admitted : calendar.dateOf(clock.due()),
                                    from, to))
                            .toList();
                    return new EpisodeClocks(episode.id, episode.facts.patientId(), episode.facts.facilityId(),
                            asOf, clocks);
                })
                .toList();
    }

    /** The stored judgement re-judged for a later asOf; for an earlier one, the facts judged again. */
    private List<ClockResult> clocksAt(StoredEpisode episode, Instant asOf) {
        return clocksAt(episode.facts, episode.evaluation, calendarOf.apply(episode.facts.facilityId()), settings,
                asOf);
    }

    /** As above, for facts and their judgement at the latest fact, however they were come by. */
    static List<ClockResult> clocksAt(ClockFacts facts, EpisodeClocks evaluation, FacilityCalendar calendar,
                                      ComplianceSettings settings, Instant asOf) {
        if (!asOf.isBefore(evaluation.evaluatedAt())) {
            return evaluation.clocksAt(asOf);
        }
        return ComplianceEvaluator.evaluate(facts, calendar, settings, asOf);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
