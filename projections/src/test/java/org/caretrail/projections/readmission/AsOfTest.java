package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.util.List;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.junit.jupiter.api.Test;

class AsOfTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();
    private final Stay index = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", "01");

    private PatientTimelineResponse evaluate(String asOf, Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at(asOf));
    }

    @Test
    void aStayWhoseDischargeIsAfterAsOfIsStillActive() {
        TimelineStayView stay = stayOf(evaluate("2026-03-05T09:59:59Z", index), "A");

        assertThat(stay.dischargedAt()).isNull();
        assertThat(stay.disposition()).isNull();
        assertThat(stay.indexStay()).isFalse();
        assertThat(stay.exclusionReason()).isNull();
        assertThat(stay.outcome()).isNull();
        assertThat(stay.edReturns()).isEmpty();
    }

    @Test
    void aStayDischargedExactlyAtAsOfIsDischarged() {
        assertIndexStay(stayOf(evaluate("2026-03-05T10:00:00Z", index), "A"), ReadmissionOutcome.PENDING);
    }

    @Test
    void aStayAdmittedAfterAsOfDoesNotExistYet() {
        Stay readmission = inpatient("B", "H1", "2026-03-10T08:00:00Z");

        PatientTimelineResponse timeline = evaluate("2026-03-10T07:59:59Z", index, readmission);

        assertThat(timeline.stays()).extracting(TimelineStayView::episodeId).containsExactly("A");
        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.PENDING);
    }

    @Test
    void anActiveInpatientStayAlreadyReadmitsTheIndexStay() {
        Stay readmission = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-14T10:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate("2026-03-11T00:00:00Z", index, readmission);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        TimelineStayView active = stayOf(timeline, "B");
        assertThat(active.readmissionOf()).isEqualTo("A");
        assertThat(active.indexStay()).isFalse();
        assertThat(active.outcome()).isNull();
        assertThat(active.dischargedAt()).isNull();
    }

    @Test
    void aClassChangeAfterAsOfHasNotHappenedYet() {
        Stay edThenAdmitted = emergency("B", "H1", "2026-03-10T08:00:00Z")
                .withClassChange(PatientClass.INPATIENT, at("2026-03-10T14:00:00Z"));

        PatientTimelineResponse before = evaluate("2026-03-10T13:59:59Z", index, edThenAdmitted);
        PatientTimelineResponse after = evaluate("2026-03-10T14:00:00Z", index, edThenAdmitted);

        assertThat(stayOf(before, "B").finalClass()).isEqualTo(PatientClass.EMERGENCY);
        assertIndexStay(stayOf(before, "A"), ReadmissionOutcome.PENDING);
        assertThat(stayOf(before, "A").edReturns()).containsExactly("B");
        assertThat(stayOf(after, "B").finalClass()).isEqualTo(PatientClass.INPATIENT);
        assertIndexStay(stayOf(after, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(after, "A").edReturns()).isEmpty();
    }

    @Test
    void theFinalClassIsTheClassAtDischargeNotAtAsOf() {
        Stay stay = index.withClassChange(PatientClass.OBSERVATION, at("2026-03-06T08:00:00Z"));

        TimelineStayView timelineStay = stayOf(evaluate("2026-03-10T00:00:00Z", stay), "A");

        assertThat(timelineStay.finalClass()).isEqualTo(PatientClass.INPATIENT);
        assertIndexStay(timelineStay, ReadmissionOutcome.PENDING);
    }

    @Test
    void aCancelledDischargeMakesTheStayActiveAgain() {
        Stay reopened = index.withDischargeCancelled();

        TimelineStayView stay = stayOf(evaluate("2026-03-10T00:00:00Z", reopened), "A");

        assertThat(stay.dischargedAt()).isNull();
        assertThat(stay.indexStay()).isFalse();
    }
}
