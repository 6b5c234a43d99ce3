package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.readmission.api.ReadmissionMeasure.ACUTE_30;
import static org.caretrail.domain.readmission.api.ReadmissionMeasure.ALL_STAYS_30;
import static org.caretrail.projections.support.EpisodeFeed.at;

import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.EpisodeFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The timeline read model kept from event sequences: any order, redelivered, cancelled and corrected. */
class ReadmissionProjectionTest {

    private static final String LATER = "2026-12-31T00:00:00Z";

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void freshReadModel() {
        harness = new ProjectionHarness(mongo.newDatabase());
    }

    @Test
    void aReadmissionWithinThirtyDaysIsShownOnBothStays() {
        harness.deliverInOrder(indexStay(), readmission());

        PatientTimelineResponse timeline = harness.timeline("P1", ACUTE_30, LATER);

        assertThat(timeline.stays()).extracting(TimelineStayView::episodeId).containsExactly("A", "B");
        TimelineStayView index = timeline.stays().get(0);
        assertThat(index.indexStay()).isTrue();
        assertThat(index.outcome()).isEqualTo(ReadmissionOutcome.READMITTED);
        assertThat(index.readmissionEpisodeId()).isEqualTo("B");
        assertThat(index.daysToReadmission()).isEqualTo(15);
        assertThat(index.finalClass()).isEqualTo(PatientClass.INPATIENT);
        assertThat(timeline.stays().get(1).readmissionOf()).isEqualTo("A");
        assertThat(timeline.stays().get(1).outcome()).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void episodesDeliveredInAnyOrderGiveTheSameTimelineAndTheSameStoredState() {
        EpisodeFeed a = indexStay();
        EpisodeFeed b = readmission();
        harness.deliverInOrder(a, b);
        ProjectionHarness reversed = new ProjectionHarness(mongo.newDatabase());
        reversed.deliverAll(List.of(b.delivery(0), a.delivery(0), b.delivery(1), a.delivery(1)));

        assertThat(reversed.timeline("P1", ACUTE_30, LATER)).isEqualTo(harness.timeline("P1", ACUTE_30, LATER));
        assertThat(reversed.storedState()).isEqualTo(harness.storedState());
    }

    @Test
    void aTimelineReadAgainShowsWhatChangedSinceTheLastRead() {
        EpisodeFeed a = indexStay().dischargeCancelled(at("2026-03-05T12:00:00Z"));
        harness.deliver(a.delivery(0));
        harness.deliver(a.delivery(1));
        assertThat(harness.timeline("P1", ACUTE_30, LATER).stays()).singleElement()
                .satisfies(stay -> assertThat(stay.indexStay()).isTrue());

        harness.deliverInOrder(readmission());
        assertThat(harness.timeline("P1", ACUTE_30, LATER).stays()).extracting(TimelineStayView::outcome)
                .containsExactly(ReadmissionOutcome.READMITTED, ReadmissionOutcome.NOT_READMITTED);

        harness.deliver(a.delivery(2)); // the first discharge is cancelled: no stay of the same episodes changed id
        TimelineStayView first = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);
        assertThat(first.dischargedAt()).isNull();
        assertThat(first.indexStay()).isFalse();
    }

    @Test
    void aTimelineReadBeforeAReplayIsReadFromTheReplayedStaysAfterIt() {
        harness.deliverInOrder(indexStay(), readmission());
        PatientTimelineResponse before = harness.timeline("P1", ACUTE_30, LATER);

        harness.reset();
        assertThat(harness.hasTimeline("P1")).isFalse();
        harness.deliverInOrder(indexStay());

        assertThat(harness.timeline("P1", ACUTE_30, LATER).stays()).extracting(TimelineStayView::episodeId)
                .containsExactly("A");
        harness.deliverInOrder(readmission());
        assertThat(harness.timeline("P1", ACUTE_30, LATER)).isEqualTo(before);
    }

    @Test
    void aRedeliveredDischargeDoesNotUndoTheCancellationThatFollowedIt() {
        EpisodeFeed a = indexStay().dischargeCancelled(at("2026-03-05T12:00:00Z"));
        harness.deliverInOrder(a);

        harness.deliver(a.delivery(1));
        harness.deliver(a.delivery(0));

        TimelineStayView stay = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);
        assertThat(stay.dischargedAt()).isNull();
        assertThat(stay.indexStay()).isFalse();
        assertThat(harness.storedResults()).isZero();
    }

    @Test
    void aFeedDeliveredTwiceStoresExactlyWhatItStoresOnce() {
        EpisodeFeed a = indexStay().classChanged(PatientClass.OBSERVATION, at("2026-03-04T10:00:00Z"));
        harness.deliverInOrder(a);
        List<org.bson.Document> once = harness.storedState();

        harness.deliverInOrder(a);

        assertThat(harness.storedState()).isEqualTo(once);
    }

    @Test
    void aStayDischargedAgainAfterACancelledDischargeShowsOnlyTheNewDischarge() {
        harness.deliverInOrder(EpisodeFeed.recorded("A", "P1", "F-1").inpatient(at("2026-03-01T10:00:00Z"))
                .discharged("20", at("2026-03-05T10:00:00Z"))
                .dischargeCancelled(at("2026-03-05T11:00:00Z"))
                .discharged("01", at("2026-03-07T10:00:00Z")));

        TimelineStayView stay = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);

        assertThat(stay.dischargedAt()).hasToString("2026-03-07T10:00:00Z");
        assertThat(stay.disposition()).isEqualTo("01");
        assertThat(stay.exclusionReason()).isNull();
        assertThat(stay.outcome()).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void aCancelledReadmissionLeavesTheTimelineAndTheIndexStayIsNotReadmitted() {
        harness.deliverInOrder(indexStay(), readmission().cancelled(at("2026-03-26T10:00:00Z")));

        PatientTimelineResponse timeline = harness.timeline("P1", ACUTE_30, LATER);

        assertThat(timeline.stays()).extracting(TimelineStayView::episodeId).containsExactly("A");
        assertThat(timeline.stays().get(0).outcome()).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
        assertThat(timeline.stays().get(0).readmissionEpisodeId()).isNull();
    }

    @Test
    void aDiagnosisCorrectionTurnsASameDayReturnIntoAContinuation() {
        EpisodeFeed a = EpisodeFeed.recorded("A", "P1", "F-1")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-03-01T10:00:00Z"))
                .discharged("01", at("2026-03-05T09:00:00Z"));
        EpisodeFeed b = EpisodeFeed.recorded("B", "P1", "F-1")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, "J18.9", at("2026-03-05T15:00:00Z"));
        harness.deliverInOrder(a, b);
        assertThat(harness.timeline("P1", ACUTE_30, LATER).stays().get(0).readmissionEpisodeId()).isEqualTo("B");

        harness.deliverInOrder(EpisodeFeed.recorded("B", "P1", "F-1").inpatient(at("2026-03-05T15:00:00Z"))
                .diagnosisCorrected("I50.1", at("2026-03-06T08:00:00Z")));

        TimelineStayView first = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);
        assertThat(first.indexStay()).isFalse();
        assertThat(first.exclusionReason()).isEqualTo(ExclusionReason.SAME_DAY_CONTINUATION);
    }

    @Test
    void aReadmissionCorrectedToPlannedEndsTheWindowWithoutAReadmission() {
        harness.deliverInOrder(indexStay(), readmission().plannedCorrected(true, at("2026-03-21T08:00:00Z")));

        TimelineStayView index = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);

        assertThat(index.outcome()).isEqualTo(ReadmissionOutcome.NOT_READMITTED);
        assertThat(index.readmissionEpisodeId()).isNull();
    }

    @Test
    void anInpatientStayChangedToObservationLeavesTheAcuteMeasureButNotAllStays() {
        harness.deliverInOrder(EpisodeFeed.recorded("A", "P1", "F-1").inpatient(at("2026-03-01T10:00:00Z"))
                .classChanged(PatientClass.OBSERVATION, at("2026-03-02T10:00:00Z"))
                .discharged("01", at("2026-03-03T10:00:00Z")));

        TimelineStayView acute = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);
        TimelineStayView allStays = harness.timeline("P1", ALL_STAYS_30, LATER).stays().get(0);

        assertThat(acute.finalClass()).isEqualTo(PatientClass.OBSERVATION);
        assertThat(acute.indexStay()).isFalse();
        assertThat(allStays.indexStay()).isTrue();
    }

    @Test
    void aClassChangeDeliveredForAnEarlierClinicalTimeStillDecidesTheFinalClass() {
        harness.deliverInOrder(EpisodeFeed.recorded("A", "P1", "F-1")
                .admitted(PatientClass.OBSERVATION, Payer.MEDICARE, at("2026-03-01T10:00:00Z"))
                .classChanged(PatientClass.INPATIENT, at("2026-03-03T10:00:00Z"))
                .classChanged(PatientClass.OBSERVATION, at("2026-03-02T10:00:00Z"))
                .discharged("01", at("2026-03-04T10:00:00Z")));

        TimelineStayView stay = harness.timeline("P1", ACUTE_30, LATER).stays().get(0);

        assertThat(stay.finalClass()).isEqualTo(PatientClass.INPATIENT);
        assertThat(stay.indexStay()).isTrue();
    }

    @Test
    void aTimelineAtAnEarlierAsOfShowsOnlyWhatHadHappenedThen() {
        harness.deliverInOrder(indexStay(), readmission());

        PatientTimelineResponse timeline = harness.timeline("P1", ACUTE_30, "2026-03-10T00:00:00Z");

        assertThat(timeline.stays()).extracting(TimelineStayView::episodeId).containsExactly("A");
        assertThat(timeline.stays().get(0).outcome()).isEqualTo(ReadmissionOutcome.PENDING);
    }

    @Test
    void anUnknownPatientHasNoTimeline() {
        harness.deliverInOrder(indexStay());

        assertThat(harness.hasTimeline("P-unknown")).isFalse();
        assertThat(harness.hasTimeline("P1")).isTrue();
    }

    @Test
    void aResetClearsTheReadModelAndAReplayRebuildsTheSameState() {
        EpisodeFeed a = indexStay();
        EpisodeFeed b = readmission().dischargeCancelled(at("2026-03-25T11:00:00Z"));
        harness.deliverInOrder(a, b);
        List<org.bson.Document> before = harness.storedState();

        harness.reset();
        assertThat(harness.storedState()).isEmpty();
        assertThat(harness.hasTimeline("P1")).isFalse();
        harness.deliverInOrder(a, b);

        assertThat(harness.storedState()).isEqualTo(before);
    }

    static EpisodeFeed indexStay() {
        return EpisodeFeed.recorded("A", "P1", "F-1").inpatient(at("2026-03-01T10:00:00Z"))
                .discharged("01", at("2026-03-05T10:00:00Z"));
    }

    static EpisodeFeed readmission() {
        return EpisodeFeed.recorded("B", "P1", "F-1").inpatient(at("2026-03-20T10:00:00Z"))
                .discharged("01", at("2026-03-25T10:00:00Z"));
    }
}
