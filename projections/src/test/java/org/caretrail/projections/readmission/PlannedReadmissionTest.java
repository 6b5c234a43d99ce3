package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.util.List;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.junit.jupiter.api.Test;

class PlannedReadmissionTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();

    private PatientTimelineResponse evaluate(Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));
    }

    private static Stay indexWithDisposition(String disposition) {
        return discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", disposition);
    }

    @Test
    void aPlannedReadmissionEndsTheWindowSoALaterUnplannedOneDoesNotCount() {
        Stay plannedStay = planned(discharged(inpatient("B", "H1", "2026-03-05T08:00:00Z"), "2026-03-06T10:00:00Z", "01"));
        Stay unplanned = inpatient("C", "H1", "2026-03-07T08:00:00Z");

        PatientTimelineResponse timeline = evaluate(indexWithDisposition("01"), plannedStay, unplanned);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isNull();
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        assertThat(stayOf(timeline, "C").readmissionOf()).isEqualTo("B");
    }

    @Test
    void aPlannedReadmissionEndsTheWindowEvenWhileTheWindowIsStillOpen() {
        Stay plannedStay = planned(inpatient("B", "H1", "2026-03-05T08:00:00Z"));

        PatientTimelineResponse timeline = rules.evaluate(PATIENT, List.of(indexWithDisposition("01"), plannedStay),
                ReadmissionMeasure.ACUTE_30, at("2026-03-06T00:00:00Z"));

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
    }

    @Test
    void dischargeDispositionsFromEightyOneToNinetyFiveMakeTheNextAdmissionPlanned() {
        for (String disposition : List.of("81", "86", "95")) {
            PatientTimelineResponse timeline = evaluate(indexWithDisposition(disposition), inpatient("B", "H1", "2026-03-05T08:00:00Z"));

            assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
            assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
        }
    }

    @Test
    void dischargeDispositionSeventyDoesNotAnnounceAPlannedReadmission() {
        PatientTimelineResponse timeline = evaluate(indexWithDisposition("70"), inpatient("B", "H1", "2026-03-05T08:00:00Z"));

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
    }

    @Test
    void aPlannedAdmissionAfterDayThirtyLeavesTheOutcomeToTime() {
        Stay lateAndPlanned = planned(inpatient("B", "H1", "2026-04-01T08:00:00Z"));

        PatientTimelineResponse timeline = evaluate(indexWithDisposition("01"), lateAndPlanned);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
    }
}
