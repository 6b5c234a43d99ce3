package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.readmission.api.ReadmissionMeasure.ACUTE_30;
import static org.caretrail.domain.readmission.api.ReadmissionMeasure.ALL_STAYS_30;
import static org.caretrail.projections.support.EpisodeFeed.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.EpisodeFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rates answered from the stored index stay results, at any asOf, by facility and facility calendar date. */
class ReadmissionRateModelTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void freshReadModel() {
        harness = new ProjectionHarness(mongo.newDatabase());
    }

    @Test
    void theRateCountsReadmittedOverReadmittedAndNotReadmittedIndexStays() {
        harness.deliverInOrder(ReadmissionProjectionTest.indexStay(), ReadmissionProjectionTest.readmission(),
                EpisodeFeed.recorded("C", "P2", "F-1").inpatient(at("2026-03-02T10:00:00Z"))
                        .discharged("01", at("2026-03-04T10:00:00Z")));

        ReadmissionRateResponse rate = harness.rate(ACUTE_30, "F-1", "2026-03-01", "2026-03-31", "2026-06-01T00:00:00Z");

        assertThat(rate.readmitted()).isEqualTo(1);
        assertThat(rate.notReadmitted()).isEqualTo(2);
        assertThat(rate.pending()).isZero();
        assertThat(rate.rate()).isEqualTo(1.0 / 3);
        assertThat(rate.from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aStoredPendingStayBecomesNotReadmittedWhenItsWindowRunsOut() {
        harness.deliverInOrder(ReadmissionProjectionTest.indexStay());

        assertThat(counts("2026-03-20T00:00:00Z")).containsExactly(0L, 0L, 1L);
        assertThat(counts("2026-04-04T23:59:59Z")).containsExactly(0L, 0L, 1L);
        assertThat(counts("2026-04-05T00:00:00Z")).containsExactly(0L, 1L, 0L);
        assertThat(harness.rate(ACUTE_30, "F-1", "2026-03-01", "2026-03-31", "2026-03-20T00:00:00Z").rate()).isNull();
    }

    @Test
    void anAsOfBeforeTheReadmissionJudgesThePatientAfreshAsPending() {
        harness.deliverInOrder(ReadmissionProjectionTest.indexStay(), ReadmissionProjectionTest.readmission());

        assertThat(counts("2026-03-10T00:00:00Z")).containsExactly(0L, 0L, 1L);
        assertThat(counts("2026-03-21T00:00:00Z")).containsExactly(1L, 0L, 0L);
    }

    @Test
    void aStayLaterContinuedOnTheSameDayWasAnIndexStayUntilTheReturn() {
        harness.deliverInOrder(ReadmissionProjectionTest.indexStay(), EpisodeFeed.recorded("B", "P1", "F-1")
                .inpatient(at("2026-03-05T15:00:00Z")));

        assertThat(counts("2026-03-05T12:00:00Z")).containsExactly(0L, 0L, 1L);
        assertThat(counts("2026-03-06T00:00:00Z")).containsExactly(0L, 0L, 0L);
    }

    @Test
    void aDischargeLateInTheEveningCountsOnTheFacilitysOwnDate() {
        harness.deliverInOrder(EpisodeFeed.recorded("A", "P1", "F-NY").inpatient(at("2026-02-25T10:00:00Z"))
                .discharged("01", at("2026-03-02T03:00:00Z")));
        String asOf = "2026-06-01T00:00:00Z";

        assertThat(harness.rate(ACUTE_30, "F-NY", "2026-03-01", "2026-03-01", asOf).notReadmitted()).isEqualTo(1);
        assertThat(harness.rate(ACUTE_30, "F-NY", "2026-03-02", "2026-03-31", asOf).notReadmitted()).isZero();
        assertThat(harness.rate(ACUTE_30, "F-CHI", "2026-03-01", "2026-03-01", asOf).notReadmitted()).isZero();
        assertThat(harness.rate(ACUTE_30, null, "2026-03-01", "2026-03-01", asOf).notReadmitted()).isEqualTo(1);
    }

    @Test
    void aCancelledDischargeTakesTheStayOutOfTheRate() {
        harness.deliverInOrder(ReadmissionProjectionTest.indexStay().dischargeCancelled(at("2026-03-05T11:00:00Z")));

        assertThat(counts("2026-06-01T00:00:00Z")).containsExactly(0L, 0L, 0L);
    }

    @Test
    void observationStaysCountInAllStaysButNotInTheAcuteRate() {
        harness.deliverInOrder(EpisodeFeed.recorded("A", "P1", "F-1")
                .admitted(PatientClass.OBSERVATION, Payer.MEDICARE, "R07.9", at("2026-03-01T10:00:00Z"))
                .discharged("01", at("2026-03-02T10:00:00Z")));
        String asOf = "2026-06-01T00:00:00Z";

        assertThat(harness.rate(ACUTE_30, "F-1", "2026-03-01", "2026-03-31", asOf).notReadmitted()).isZero();
        assertThat(harness.rate(ALL_STAYS_30, "F-1", "2026-03-01", "2026-03-31", asOf).notReadmitted()).isEqualTo(1);
    }

    /** The read model must agree with judging every patient afresh, whatever the asOf and the facility. */
    @Test
    void theStoredRateAgreesWithJudgingEveryTimelineAfreshAtEveryAsOf() {
        List<EpisodeFeed> feeds = List.of(
                EpisodeFeed.recorded("A1", "P1", "F-NY").inpatient(at("2026-03-01T10:00:00Z"))
                        .discharged("02", at("2026-03-04T23:30:00Z")),
                EpisodeFeed.recorded("A2", "P1", "F-CHI").inpatient(at("2026-03-05T14:00:00Z"))
                        .discharged("01", at("2026-03-09T10:00:00Z")),
                EpisodeFeed.recorded("A3", "P1", "F-CHI").inpatient(at("2026-04-07T10:00:00Z"))
                        .discharged("07", at("2026-04-10T10:00:00Z")),
                EpisodeFeed.recorded("B1", "P2", "F-NY").inpatient(at("2026-03-03T10:00:00Z"))
                        .discharged("81", at("2026-03-06T02:00:00Z")),
                EpisodeFeed.recorded("B2", "P2", "F-NY").inpatient(at("2026-03-20T10:00:00Z"))
                        .discharged("01", at("2026-03-22T10:00:00Z")),
                EpisodeFeed.recorded("B3", "P2", "F-NY").inpatient(at("2026-04-01T10:00:00Z")),
                EpisodeFeed.recorded("C1", "P3", "F-NY")
                        .admitted(PatientClass.OBSERVATION, Payer.MEDICARE, at("2026-03-10T10:00:00Z"))
                        .classChanged(PatientClass.INPATIENT, at("2026-03-11T10:00:00Z"))
                        .discharged("01", at("2026-03-12T10:00:00Z")),
                EpisodeFeed.recorded("C2", "P3", "F-CHI")
                        .admitted(PatientClass.OBSERVATION, Payer.MEDICARE, at("2026-04-02T10:00:00Z"))
                        .discharged("01", at("2026-04-03T10:00:00Z")));
        feeds.forEach(harness::deliverInOrder);
        List<Stay> stays = stays(feeds);

        for (String asOf : List.of("2026-03-05T00:00:00Z", "2026-03-06T01:00:00Z", "2026-03-21T00:00:00Z",
                "2026-04-05T00:00:00Z", "2026-04-08T00:00:00Z", "2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z")) {
            for (String facility : new String[] {"F-NY", "F-CHI", null}) {
                for (org.caretrail.domain.readmission.api.ReadmissionMeasure measure : List.of(ACUTE_30, ALL_STAYS_30)) {
                    assertThat(harness.rate(measure, facility, "2026-03-01", "2026-04-30", asOf))
                            .as("%s at %s for %s", measure, asOf, facility)
                            .isEqualTo(judgedAfresh(stays, (measure), facility, asOf));
                }
            }
        }
    }

    private List<Long> counts(String asOf) {
        ReadmissionRateResponse rate = harness.rate(ACUTE_30, "F-1", "2026-03-01", "2026-03-31", asOf);
        return List.of(rate.readmitted(), rate.notReadmitted(), rate.pending());
    }

    private static org.caretrail.domain.readmission.api.ReadmissionRateResponse judgedAfresh(
            List<Stay> stays, ReadmissionMeasure measure, String facility, String asOf) {
        ReadmissionTimelines timelines = new ReadmissionTimelines(ProjectionHarness.FACILITIES);
        List<PatientTimelineResponse> judged = new ArrayList<>();
        for (String patient : List.of("P1", "P2", "P3")) {
            judged.add(timelines.evaluate(patient, stays.stream().filter(s -> s.patientId().equals(patient)).toList(),
                    measure, Instant.parse(asOf)));
        }
        return (new ReadmissionRates(ProjectionHarness.FACILITIES).rate(measure, facility,
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-30"), judged));
    }

    /** The same stays built straight from the feeds' events, without the projection. */
    private static List<Stay> stays(List<EpisodeFeed> feeds) {
        List<Stay> stays = new ArrayList<>();
        for (EpisodeFeed feed : feeds) {
            Stay stay = null;
            for (EpisodeFeed.Delivery delivery : feed.deliveries()) {
                Object event = delivery.event();
                if (event instanceof org.caretrail.domain.episode.api.PatientAdmittedEvent admitted) {
                    stay = Stay.admitted(admitted.episodeId(), admitted.patientId(), admitted.facilityId(),
                            (admitted.patientClass()), admitted.occurredAt(),
                            admitted.principalDiagnosis(), admitted.planned());
                } else if (event instanceof org.caretrail.domain.episode.api.PatientClassChangedEvent changed) {
                    stay = stay.withClassChange(changed.toClass(), changed.occurredAt());
                } else if (event instanceof org.caretrail.domain.episode.api.PatientDischargedEvent discharged) {
                    stay = stay.withDischarge(discharged.occurredAt(), discharged.disposition());
                }
            }
            stays.add(stay);
        }
        return stays;
    }
}
