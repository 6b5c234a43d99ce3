package org.caretrail.projections.readmission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.FindIndexStaysQuery;
import org.caretrail.domain.readmission.api.IndexStayPage;
import org.caretrail.domain.readmission.api.IndexStayView;
import org.caretrail.domain.readmission.api.MonthlyRate;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRatesQuery;
import org.caretrail.domain.readmission.api.ReadmissionRatesResponse;
import org.caretrail.domain.readmission.api.TimelineStayView;

/**
 * The rate series per month and the index stays behind a rate, over the same judged results as the rate itself, so
 * that a month's figures add up to the rate of its period and its index stays are the ones it counted.
 */
final class ReadmissionDrillDown {

    private static final Comparator<IndexStayResult> LATEST_DISCHARGE_FIRST = Comparator
            .comparing(IndexStayResult::dischargeDate).reversed()
            .thenComparing(IndexStayResult::episodeId);

    /** The index stay results of a measure in a period, judged at asOf. */
    interface Results {
        List<IndexStayResult> judgedAt(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                       Instant asOf);
    }

    private final Results results;
    private final PatientStore patients;
    private final ReadmissionTimelines timelines;

    ReadmissionDrillDown(Results results, PatientStore patients, ReadmissionTimelines timelines) {
        this.results = results;
        this.patients = patients;
        this.timelines = timelines;
    }

    ReadmissionRatesResponse rates(ReadmissionRatesQuery query) {
        ReadmissionMeasure measure = query.measure();
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to()));
             month = month.plusMonths(1)) {
            months.put(month, new long[3]);
        }
        for (IndexStayResult result : counted(measure, query.cohort(), query.facilityId(), query.from(), query.to(),
                query.asOf())) {
            long[] counts = months.get(YearMonth.from(result.dischargeDate()));
            switch (result.outcomeAt(query.asOf())) {
                case READMITTED -> counts[0]++;
                case NOT_READMITTED -> counts[1]++;
                case PENDING -> counts[2]++;
            }
        }
        List<MonthlyRate> all = new ArrayList<>();
        months.forEach((month, counts) -> {
            long denominator = counts[0] + counts[1];
            all.add(new MonthlyRate(month, counts[0], counts[1], counts[2],
                    denominator == 0 ? null : (double) counts[0] / denominator));
        });
        return new ReadmissionRatesResponse(query.measure(), query.cohort(), query.facilityId(), query.from(), query.to(),
                query.asOf(), page(all, query.page(), query.size()), query.page(), query.size(), all.size());
    }

    /** The page's stays are the patients' timelines judged at asOf, so they read as the patient page shows them. */
    IndexStayPage indexStays(FindIndexStaysQuery query) {
        ReadmissionMeasure measure = query.measure();
        List<IndexStayResult> matching = counted(measure, query.cohort(), query.facilityId(), query.from(), query.to(),
                query.asOf()).stream()
                .filter(result -> query.outcome() == null || result.outcomeAt(query.asOf()) == query.outcome())
                .sorted(LATEST_DISCHARGE_FIRST)
                .toList();
        List<IndexStayResult> shown = page(matching, query.page(), query.size());
        Map<String, TimelineStayView> stays = new HashMap<>();
        for (PatientStore.ReadStays patient : patients.readStays(shown.stream().map(IndexStayResult::patientId)
                .distinct().toList())) {
            timelines.evaluate(patient.patientId(), patient.stays(), measure, query.asOf()).stays()
                    .forEach(stay -> stays.put(stay.episodeId(), stay));
        }
        List<IndexStayView> items = shown.stream().map(result -> view(result, stays.get(result.episodeId()),
                query.asOf())).toList();
        return new IndexStayPage(items, query.page(), query.size(), matching.size());
    }

    /** The results the rate counts: as {@link ReadmissionRates#rateOf}, a cohort keeps only its members. */
    private List<IndexStayResult> counted(ReadmissionMeasure measure, Cohort cohort, String facilityId, LocalDate from,
                                          LocalDate to, Instant asOf) {
        return results.judgedAt(measure, facilityId, from, to, asOf).stream()
                .filter(result -> cohort == null || result.cohorts().contains(cohort))
                .filter(result -> result.measure() == measure
                        && (facilityId == null || facilityId.equals(result.facilityId()))
                        && !result.dischargeDate().isBefore(from) && !result.dischargeDate().isAfter(to))
                .toList();
    }

    private static IndexStayView view(IndexStayResult result, TimelineStayView stay, Instant asOf) {
        Objects.requireNonNull(stay, () -> "the timeline of " + result.patientId() + " lacks " + result.episodeId());
        return new IndexStayView(result.episodeId(), result.patientId(), result.facilityId(), stay.dischargedAt(),
                stay.disposition(), result.outcomeAt(asOf), stay.readmissionEpisodeId(), stay.daysToReadmission(),
                stay.lace());
    }

    private static <T> List<T> page(List<T> all, int page, int size) {
        long start = (long) page * size;
        if (start >= all.size()) {
            return List.of();
        }
        return all.subList((int) start, (int) Math.min(all.size(), start + size));
    }
}
