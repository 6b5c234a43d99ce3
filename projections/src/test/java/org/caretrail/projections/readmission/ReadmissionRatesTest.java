package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.projections.facility.Facilities;
import org.junit.jupiter.api.Test;

class ReadmissionRatesTest {

    private static final Facilities ZONES = Facilities.inZones(Map.of("NY", ZoneId.of("America/New_York")));
    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_31 = LocalDate.parse("2026-03-31");

    private final ReadmissionTimelines timelines = new ReadmissionTimelines(ZONES);
    private final ReadmissionRates rates = new ReadmissionRates(ZONES);

    private PatientTimelineResponse timelineOf(String patientId, String asOf, Stay... stays) {
        return timelines.evaluate(patientId, List.of(stays), ReadmissionMeasure.ACUTE_30, at(asOf));
    }

    private static Stay stayOfPatient(String patientId, String episodeId, String facilityId, String admittedAt,
                                      String dischargedAt) {
        Stay stay = Stay.admitted(episodeId, patientId, facilityId, PatientClass.INPATIENT, at(admittedAt), null, false);
        return dischargedAt == null ? stay : stay.withDischarge(at(dischargedAt), "01");
    }

    /** At 2026-04-20: P1 readmitted, P2 not readmitted, P3 pending, all discharged from H1 in March. */
    private List<PatientTimelineResponse> marchAtH1() {
        String asOf = "2026-04-20T00:00:00Z";
        return List.of(
                timelineOf("P1", asOf,
                        stayOfPatient("P1", "A1", "H1", "2026-03-01T08:00:00Z", "2026-03-02T10:00:00Z"),
                        stayOfPatient("P1", "A2", "H2", "2026-03-10T08:00:00Z", null)),
                timelineOf("P2", asOf, stayOfPatient("P2", "B1", "H1", "2026-03-01T08:00:00Z", "2026-03-03T10:00:00Z")),
                timelineOf("P3", asOf, stayOfPatient("P3", "C1", "H1", "2026-03-25T08:00:00Z", "2026-03-28T10:00:00Z")));
    }

    @Test
    void pendingIndexStaysAreLeftOutOfBothTermsOfTheRate() {
        ReadmissionRateResponse rate = rates.rate(ReadmissionMeasure.ACUTE_30, "H1", MARCH_1, MARCH_31, marchAtH1());

        assertThat(rate).isEqualTo(new ReadmissionRateResponse(ReadmissionMeasure.ACUTE_30, "H1", MARCH_1, MARCH_31, 1, 1, 1, 0.5));
    }

    @Test
    void theRateIsNullWhenEveryIndexStayIsPending() {
        LocalDate march28 = LocalDate.parse("2026-03-28");

        ReadmissionRateResponse rate = rates.rate(ReadmissionMeasure.ACUTE_30, "H1", march28, march28, marchAtH1());

        assertThat(rate.pending()).isEqualTo(1);
        assertThat(rate.readmitted()).isZero();
        assertThat(rate.notReadmitted()).isZero();
        assertThat(rate.rate()).isNull();
    }

    @Test
    void aFacilityCountsOnlyItsOwnIndexStaysAndNoFacilityCountsThemAll() {
        List<PatientTimelineResponse> all = List.of(
                timelineOf("P1", "2026-05-01T00:00:00Z",
                        stayOfPatient("P1", "A1", "H1", "2026-03-01T08:00:00Z", "2026-03-02T10:00:00Z"),
                        stayOfPatient("P1", "A2", "H2", "2026-03-10T08:00:00Z", "2026-03-12T10:00:00Z")));

        ReadmissionRateResponse h2 = rates.rate(ReadmissionMeasure.ACUTE_30, "H2", MARCH_1, MARCH_31, all);
        ReadmissionRateResponse everywhere = rates.rate(ReadmissionMeasure.ACUTE_30, null, MARCH_1, MARCH_31, all);

        assertThat(h2.readmitted()).isZero();
        assertThat(h2.notReadmitted()).isEqualTo(1);
        assertThat(h2.rate()).isEqualTo(0.0);
        assertThat(everywhere.readmitted()).isEqualTo(1);
        assertThat(everywhere.notReadmitted()).isEqualTo(1);
        assertThat(everywhere.facilityId()).isNull();
    }

    @Test
    void thePeriodIsInclusiveAndUsesTheDischargeDateInTheFacilitysZone() {
        PatientTimelineResponse nyDischargedOnMarch31Locally = timelineOf("P1", "2026-06-01T00:00:00Z",
                stayOfPatient("P1", "A1", "NY", "2026-03-20T08:00:00Z", "2026-04-01T03:00:00Z"));

        ReadmissionRateResponse march = rates.rate(ReadmissionMeasure.ACUTE_30, "NY", MARCH_1, MARCH_31,
                List.of(nyDischargedOnMarch31Locally));
        ReadmissionRateResponse april = rates.rate(ReadmissionMeasure.ACUTE_30, "NY", MARCH_31.plusDays(1),
                LocalDate.parse("2026-04-30"), List.of(nyDischargedOnMarch31Locally));

        assertThat(march.notReadmitted()).isEqualTo(1);
        assertThat(april.notReadmitted()).isZero();
    }

    @Test
    void timelinesOfAnotherMeasureAreNotCounted() {
        PatientTimelineResponse allStays = timelines.evaluate("P1",
                List.of(stayOfPatient("P1", "A1", "H1", "2026-03-01T08:00:00Z", "2026-03-02T10:00:00Z")),
                ReadmissionMeasure.ALL_STAYS_30, at("2026-05-01T00:00:00Z"));

        ReadmissionRateResponse rate = rates.rate(ReadmissionMeasure.ACUTE_30, "H1", MARCH_1, MARCH_31, List.of(allStays));

        assertThat(rate.notReadmitted()).isZero();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> rates.rate(ReadmissionMeasure.ACUTE_30, "H1", MARCH_31, MARCH_1, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-03-31");
    }

    @Test
    void aPendingIndexStayResultKnowsWhenItsWindowClosesInTheFacilitysZone() {
        PatientTimelineResponse timeline = timelineOf("P1", "2026-03-05T00:00:00Z",
                stayOfPatient("P1", "A1", "NY", "2026-02-20T08:00:00Z", "2026-03-02T03:00:00Z"));

        List<IndexStayResult> results = rates.indexStays(timeline);

        assertThat(results).containsExactly(new IndexStayResult("P1", "A1", ReadmissionMeasure.ACUTE_30, "NY",
                MARCH_1, ReadmissionOutcome.PENDING, at("2026-04-01T04:00:00Z")));
        assertThat(results.get(0).outcomeAt(at("2026-04-01T03:59:59Z"))).isEqualTo(ReadmissionOutcome.PENDING);
        assertThat(results.get(0).outcomeAt(at("2026-04-01T04:00:00Z"))).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void storedResultsAreReJudgedForALaterAsOf() {
        List<IndexStayResult> stored = marchAtH1().stream().flatMap(t -> rates.indexStays(t).stream()).toList();

        ReadmissionRateResponse atStore = ReadmissionRates.rateOf(ReadmissionMeasure.ACUTE_30, "H1", MARCH_1, MARCH_31, stored,
                at("2026-04-20T00:00:00Z"));
        ReadmissionRateResponse later = ReadmissionRates.rateOf(ReadmissionMeasure.ACUTE_30, "H1", MARCH_1, MARCH_31, stored,
                at("2026-04-28T00:00:00Z"));

        assertThat(atStore.pending()).isEqualTo(1);
        assertThat(atStore.rate()).isEqualTo(0.5);
        assertThat(later.pending()).isZero();
        assertThat(later.notReadmitted()).isEqualTo(2);
        assertThat(later.readmitted()).isEqualTo(1);
    }

    @Test
    void settledResultsHaveNoChangeInstant() {
        List<IndexStayResult> stored = marchAtH1().stream().flatMap(t -> rates.indexStays(t).stream()).toList();

        assertThat(stored).filteredOn(r -> r.outcome() != ReadmissionOutcome.PENDING)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.outcomeChangesAt()).isNull());
    }
}
