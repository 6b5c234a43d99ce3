package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.junit.jupiter.api.Test;

class StayClassTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();

    private PatientTimelineResponse evaluate(ReadmissionMeasure measure, Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), measure, at("2026-05-01T00:00:00Z"));
    }

    @Test
    void anObservationStayChangedToInpatientIsAnInpatientStay() {
        Stay stay = discharged(observation("A", "H1", "2026-03-01T08:00:00Z")
                .withClassChange(PatientClass.INPATIENT, at("2026-03-02T08:00:00Z")), "2026-03-05T10:00:00Z", "01");

        TimelineStayView acute = stayOf(evaluate(ReadmissionMeasure.ACUTE_30, stay), "A");

        assertThat(acute.finalClass()).isEqualTo(PatientClass.INPATIENT);
        assertIndexStay(acute, ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void anInpatientStayChangedToObservationTakesPartOnlyInTheAllStaysMeasure() {
        Stay conditionCode44 = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z")
                .withClassChange(PatientClass.OBSERVATION, at("2026-03-01T20:00:00Z")), "2026-03-02T10:00:00Z", "01");

        TimelineStayView acute = stayOf(evaluate(ReadmissionMeasure.ACUTE_30, conditionCode44), "A");
        TimelineStayView allStays = stayOf(evaluate(ReadmissionMeasure.ALL_STAYS_30, conditionCode44), "A");

        assertThat(acute.finalClass()).isEqualTo(PatientClass.OBSERVATION);
        assertThat(acute.indexStay()).isFalse();
        assertThat(acute.exclusionReason()).isNull();
        assertThat(acute.outcome()).isNull();
        assertIndexStay(allStays, ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void anObservationReadmissionCountsOnlyInTheAllStaysMeasure() {
        Stay index = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", "01");
        Stay observed = discharged(observation("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-11T10:00:00Z", "01");

        assertThat(stayOf(evaluate(ReadmissionMeasure.ACUTE_30, index, observed), "A").outcome())
                .isEqualTo(ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(evaluate(ReadmissionMeasure.ALL_STAYS_30, index, observed), "A").outcome())
                .isEqualTo(ReadmissionOutcome.READMITTED);
    }

    @Test
    void classChangesSuppliedOutOfOrderAreSortedByTheirClinicalTime() {
        Stay admitted = inpatient("A", "H1", "2026-03-01T08:00:00Z");
        Stay stay = new Stay("A", PATIENT, "H1", admitted.admittedAt(), List.of(
                new ClassSlice(PatientClass.OBSERVATION, at("2026-03-03T08:00:00Z")),
                new ClassSlice(PatientClass.EMERGENCY, at("2026-03-01T08:00:00Z")),
                new ClassSlice(PatientClass.INPATIENT, at("2026-03-02T08:00:00Z"))),
                at("2026-03-05T10:00:00Z"), "01", null, false, false);

        TimelineStayView timelineStay = stayOf(evaluate(ReadmissionMeasure.ALL_STAYS_30, stay), "A");

        assertThat(timelineStay.finalClass()).isEqualTo(PatientClass.OBSERVATION);
    }

    @Test
    void staysSuppliedOutOfOrderAreListedAndJudgedInAdmissionOrder() {
        Stay first = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", "01");
        Stay second = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", "01");
        Stay third = discharged(inpatient("C", "H1", "2026-03-20T08:00:00Z"), "2026-03-22T10:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, third, first, second);

        assertThat(timeline.stays()).extracting(TimelineStayView::episodeId).containsExactly("A", "B", "C");
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        assertThat(stayOf(timeline, "B").readmissionEpisodeId()).isEqualTo("C");
    }

    @Test
    void aCancelledStayIsNotListedAndReadmitsNothing() {
        Stay index = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", "01");
        Stay cancelled = inpatient("B", "H1", "2026-03-10T08:00:00Z").asCancelled();

        PatientTimelineResponse timeline = evaluate(ReadmissionMeasure.ACUTE_30, index, cancelled);

        assertThat(timeline.stays()).extracting(TimelineStayView::episodeId).containsExactly("A");
        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void aStayFromAnotherPatientIsRejected() {
        Stay other = Stay.admitted("B", "P2", "H1", PatientClass.INPATIENT, at("2026-03-10T08:00:00Z"), null, false);

        assertThatThrownBy(() -> evaluate(ReadmissionMeasure.ACUTE_30, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B");
    }
}
