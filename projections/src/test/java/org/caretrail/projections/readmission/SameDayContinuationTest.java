package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.util.List;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.junit.jupiter.api.Test;

class SameDayContinuationTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();

    private final Stay first = withDiagnosis(
            discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T09:00:00Z", "01"), "I50.9");

    private PatientTimelineResponse evaluate(Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));
    }

    private static Stay sameDayReturn(String facilityId, String diagnosis) {
        Stay stay = discharged(inpatient("B", facilityId, "2026-03-05T18:00:00Z"), "2026-03-09T10:00:00Z", "01");
        return diagnosis == null ? stay : withDiagnosis(stay, diagnosis);
    }

    @Test
    void aSameDayReturnWithTheSameDiagnosisCategoryContinuesTheStay() {
        PatientTimelineResponse timeline = evaluate(first, sameDayReturn("H1", "I50.1"));

        assertExcluded(stayOf(timeline, "A"), ExclusionReason.SAME_DAY_CONTINUATION);
        assertIndexStay(stayOf(timeline, "B"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
    }

    @Test
    void aSameDayReturnWithAnotherDiagnosisCategoryIsAReadmission() {
        PatientTimelineResponse timeline = evaluate(first, sameDayReturn("H1", "J18.9"));

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        assertThat(stayOf(timeline, "A").daysToReadmission()).isZero();
    }

    @Test
    void aSameDayReturnAtAnotherFacilityIsAReadmission() {
        PatientTimelineResponse timeline = evaluate(first, sameDayReturn("H2", "I50.1"));

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isEqualTo("A");
    }

    @Test
    void aSameDayReturnWithoutADiagnosisIsAReadmission() {
        PatientTimelineResponse timeline = evaluate(first, sameDayReturn("H1", null));

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
    }

    @Test
    void aReturnTheNextDayWithTheSameDiagnosisCategoryIsAReadmission() {
        Stay nextDay = withDiagnosis(
                discharged(inpatient("B", "H1", "2026-03-06T01:00:00Z"), "2026-03-09T10:00:00Z", "01"), "I50.1");

        PatientTimelineResponse timeline = evaluate(first, nextDay);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").daysToReadmission()).isEqualTo(1);
    }

    @Test
    void theContinuedStayStillReadmitsTheIndexStayBeforeIt() {
        Stay index = discharged(inpatient("X", "H2", "2026-02-10T08:00:00Z"), "2026-02-20T10:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate(index, first, sameDayReturn("H1", "I50.1"));

        assertThat(stayOf(timeline, "X").readmissionEpisodeId()).isEqualTo("A");
        assertThat(stayOf(timeline, "A").readmissionOf()).isEqualTo("X");
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
    }

    @Test
    void theContinuingAdmissionIsNeverAReadmissionOfAnOverlappingIndexStay() {
        Stay overlapping = discharged(inpatient("Y", "H9", "2026-02-28T08:00:00Z"), "2026-03-05T12:00:00Z", "01");

        PatientTimelineResponse timeline = evaluate(first, sameDayReturn("H1", "I50.1"), overlapping);

        assertIndexStay(stayOf(timeline, "Y"), ReadmissionOutcome.NOT_READMITTED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isNull();
    }
}
