package org.caretrail.projections.readmission;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

class AsOfTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();
    private final Stay index = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", "01");

    private PatientTimeline evaluate(String asOf, Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at(asOf));
    }

    @Test
    void aStayWhoseDischargeIsAfterAsOfIsStillActive() {
        TimelineStay stay = stayOf(evaluate("2026-03-05T09:59:59Z", index), "A");

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

        PatientTimeline timeline = evaluate("2026-03-10T07:59:59Z", index, readmission);

        assertThat(timeline.stays()).extracting(TimelineStay::episodeId).containsExactly("A");
        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.PENDING);
    }

    @Test
    void anActiveInpatientStayAlreadyReadmitsTheIndexStay() {
        Stay readmission = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-14T10:00:00Z", "01");

        PatientTimeline timeline = evaluate("2026-03-11T00:00:00Z", index, readmission);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        TimelineStay active = stayOf(timeline, "B");
        assertThat(active.readmissionOf()).isEqualTo("A");
        assertThat(active.indexStay()).isFalse();
        assertThat(active.outcome()).isNull();
        assertThat(active.dischargedAt()).isNull();
    }

    @Test
    void aClassChangeAfterAsOfHasNotHappenedYet() {
        Stay edThenAdmitted = emergency("B", "H1", "2026-03-10T08:00:00Z")
                .withClassChange(StayClass.INPATIENT, at("2026-03-10T14:00:00Z"));

        PatientTimeline before = evaluate("2026-03-10T13:59:59Z", index, edThenAdmitted);
        PatientTimeline after = evaluate("2026-03-10T14:00:00Z", index, edThenAdmitted);

        assertThat(stayOf(before, "B").finalClass()).isEqualTo(StayClass.EMERGENCY);
        assertIndexStay(stayOf(before, "A"), ReadmissionOutcome.PENDING);
        assertThat(stayOf(before, "A").edReturns()).containsExactly("B");
        assertThat(stayOf(after, "B").finalClass()).isEqualTo(StayClass.INPATIENT);
        assertIndexStay(stayOf(after, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(after, "A").edReturns()).isEmpty();
    }

    @Test
    void theFinalClassIsTheClassAtDischargeNotAtAsOf() {
        Stay stay = index.withClassChange(StayClass.OBSERVATION, at("2026-03-06T08:00:00Z"));

        TimelineStay timelineStay = stayOf(evaluate("2026-03-10T00:00:00Z", stay), "A");

        assertThat(timelineStay.finalClass()).isEqualTo(StayClass.INPATIENT);
        assertIndexStay(timelineStay, ReadmissionOutcome.PENDING);
    }

    @Test
    void aCancelledDischargeMakesTheStayActiveAgain() {
        Stay reopened = index.withDischargeCancelled();

        TimelineStay stay = stayOf(evaluate("2026-03-10T00:00:00Z", reopened), "A");

        assertThat(stay.dischargedAt()).isNull();
        assertThat(stay.indexStay()).isFalse();
    }
}
