package org.caretrail.projections.readmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caretrail.domain.placement.api.DestinationOutcome;
import java.util.Objects;
import java.util.Set;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.caretrail.projections.facility.Facilities;

/** Readmission rates (rule 6 of docs/MEASURES.md) over judged timelines or over stored index stay results. */
public final class ReadmissionRates {

    private final Facilities zones;

    /** Rates that count every facility's calendar days in UTC. */
    public ReadmissionRates() {
        this(Facilities.allUtc());
    }

    /** @param facilities each facility's calendar, the same the timelines were judged with */
    public ReadmissionRates(Facilities facilities) {
        this.zones = facilities;
    }

    /** The index stays of a judged timeline, with what a rate read model needs to keep of them. */
    public List<IndexStayResult> indexStays(PatientTimelineResponse timeline) {
        return indexStays(timeline, Map.of());
    }

    /** The same, each with the cohorts and destination its groups (by episode id; none when absent) give it. */
    List<IndexStayResult> indexStays(PatientTimelineResponse timeline, Map<String, StayGroups> groups) {
        List<IndexStayResult> results = new ArrayList<>();
        for (TimelineStayView stay : timeline.stays()) {
            if (!stay.indexStay()) {
                continue;
            }
            LocalDate dischargeDate = zones.dateAt(stay.facilityId(), stay.dischargedAt());
            Instant changesAt = stay.outcome() != ReadmissionOutcome.PENDING ? null
                    : zones.startOf(stay.facilityId(), dischargeDate.plusDays(ReadmissionMatching.WINDOW_DAYS + 1));
            StayGroups grouping = groups.get(stay.episodeId());
            Set<Cohort> cohorts = EnumSet.noneOf(Cohort.class);
            Set<Cohort> ageUnknown = EnumSet.noneOf(Cohort.class);
            for (Cohort cohort : Cohort.values()) {
                if (grouping != null && grouping.countsIn(cohort)) {
                    cohorts.add(cohort);
                } else if (grouping != null && grouping.ageUnknownIn(cohort)) {
                    ageUnknown.add(cohort);
                }
            }
            results.add(new IndexStayResult(timeline.patientId(), stay.episodeId(), timeline.measure(),
                    stay.facilityId(), dischargeDate, stay.outcome(), changesAt, cohorts, ageUnknown,
                    grouping == null ? null : grouping.destinationProviderId()));
        }
        return results;
    }

    /**
     * The rate over timelines judged at one asOf; timelines of another measure are ignored.
     *
     * @param facilityId null for all facilities
     */
    public ReadmissionRateResponse rate(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                Collection<PatientTimelineResponse> timelines) {
        requireQuery(measure, from, to);
        List<ReadmissionOutcome> outcomes = new ArrayList<>();
        for (PatientTimelineResponse timeline : timelines) {
            for (IndexStayResult result : indexStays(timeline)) {
                if (counts(result, measure, facilityId, from, to)) {
                    outcomes.add(result.outcome());
                }
            }
        }
        return tally(measure, facilityId, from, to, outcomes);
    }

    /**
     * The rate at asOf over stored index stay results, each re-judged for asOf; results of another measure are
     * ignored.
     *
     * @param facilityId null for all facilities
     */
    public static ReadmissionRateResponse rateOf(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                         Collection<IndexStayResult> results, Instant asOf) {
        return rateOf(measure, null, facilityId, from, to, results, asOf, null);
    }

    /**
     * The same for one condition cohort (null: all index stays): only the stays counting in it, and
     * {@code ageUnknown} for those left out for want of a birth date.
     *
     * @param valueSetVersion the version of the value sets the results were judged with, reported with a cohort
     */
    public static ReadmissionRateResponse rateOf(ReadmissionMeasure measure, Cohort cohort, String facilityId,
                                                 LocalDate from, LocalDate to, Collection<IndexStayResult> results,
                                                 Instant asOf, String valueSetVersion) {
        requireQuery(measure, from, to);
        Objects.requireNonNull(asOf, "asOf");
        List<ReadmissionOutcome> outcomes = new ArrayList<>();
        long ageUnknown = 0;
        for (IndexStayResult result : results) {
            if (!counts(result, measure, facilityId, from, to)) {
                continue;
            }
            if (cohort == null || result.cohorts().contains(cohort)) {
                outcomes.add(result.outcomeAt(asOf));
            } else if (result.ageUnknownCohorts().contains(cohort)) {
                ageUnknown++;
            }
        }
        ReadmissionRateResponse all = tally(measure, facilityId, from, to, outcomes);
        if (cohort == null) {
            return all;
        }
        return new ReadmissionRateResponse(measure, facilityId, from, to, all.readmitted(), all.notReadmitted(),
                all.pending(), all.rate(), cohort, ageUnknown, valueSetVersion);
    }

    /** Per destination provider (stays discharged to none named are left out), by provider id. */
    public static List<DestinationOutcome> destinations(ReadmissionMeasure measure, String facilityId, LocalDate from,
                                                        LocalDate to, Collection<IndexStayResult> results,
                                                        Instant asOf) {
        requireQuery(measure, from, to);
        Map<String, List<ReadmissionOutcome>> byDestination = new TreeMap<>();
        for (IndexStayResult result : results) {
            if (counts(result, measure, facilityId, from, to) && result.destinationProviderId() != null) {
                byDestination.computeIfAbsent(result.destinationProviderId(), id -> new ArrayList<>())
                        .add(result.outcomeAt(asOf));
            }
        }
        List<DestinationOutcome> outcomes = new ArrayList<>();
        byDestination.forEach((destination, list) -> {
            ReadmissionRateResponse tally = tally(measure, facilityId, from, to, list);
            outcomes.add(new DestinationOutcome(destination, list.size(), tally.readmitted(), tally.notReadmitted(),
                    tally.pending(), tally.rate()));
        });
        return outcomes;
    }

    private static boolean counts(IndexStayResult result, ReadmissionMeasure measure, String facilityId,
                                  LocalDate from, LocalDate to) {
        return result.measure() == measure
                && (facilityId == null || facilityId.equals(result.facilityId()))
                && !result.dischargeDate().isBefore(from)
                && !result.dischargeDate().isAfter(to);
    }

    private static void requireQuery(ReadmissionMeasure measure, LocalDate from, LocalDate to) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    private static ReadmissionRateResponse tally(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                         List<ReadmissionOutcome> outcomes) {
        long readmitted = outcomes.stream().filter(o -> o == ReadmissionOutcome.READMITTED).count();
        long notReadmitted = outcomes.stream().filter(o -> o == ReadmissionOutcome.NOT_READMITTED).count();
        long pending = outcomes.stream().filter(o -> o == ReadmissionOutcome.PENDING).count();
        long denominator = readmitted + notReadmitted;
        Double rate = denominator == 0 ? null : (double) readmitted / denominator;
        return new ReadmissionRateResponse(measure, facilityId, from, to, readmitted, notReadmitted, pending, rate);
    }
}
