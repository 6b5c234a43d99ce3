package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayFixtures.*;

import java.util.List;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.junit.jupiter.api.Test;

class IndexStayExclusionTest {

    private final ReadmissionTimelines rules = new ReadmissionTimelines();
    private final Stay index = discharged(inpatient("A", "H1", "2026-02-20T08:00:00Z"), "2026-03-01T10:00:00Z", "01");

    private PatientTimelineResponse evaluate(Stay... stays) {
        return rules.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, at("2026-05-01T00:00:00Z"));
    }

    @Test
    void aStayEndingInDeathIsNotAnIndexStay() {
        for (String died : List.of("20", "40", "41", "42")) {
            Stay stay = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", died);

            assertExcluded(stayOf(evaluate(stay), "A"), ExclusionReason.DIED);
        }
    }

    @Test
    void aStayLeftAgainstMedicalAdviceIsNotAnIndexStay() {
        Stay stay = discharged(inpatient("A", "H1", "2026-03-01T08:00:00Z"), "2026-03-05T10:00:00Z", "07");

        assertExcluded(stayOf(evaluate(stay), "A"), ExclusionReason.LEFT_AMA);
    }

    @Test
    void aReadmissionThatDiesIsExcludedButStillReadmitsTheEarlierStay() {
        Stay fatal = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", "20");

        PatientTimelineResponse timeline = evaluate(index, fatal);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        assertExcluded(stayOf(timeline, "B"), ExclusionReason.DIED);
        assertThat(stayOf(timeline, "B").readmissionOf()).isEqualTo("A");
    }

    @Test
    void aReadmissionLeftAgainstAdviceStillReadmitsTheEarlierStayAndTheNextAdmissionReadmitsNothing() {
        Stay ama = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-11T10:00:00Z", "07");
        Stay after = inpatient("C", "H1", "2026-03-13T08:00:00Z");

        PatientTimelineResponse timeline = evaluate(index, ama, after);

        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        assertExcluded(stayOf(timeline, "B"), ExclusionReason.LEFT_AMA);
        assertThat(stayOf(timeline, "C").readmissionOf()).isNull();
    }

    @Test
    void aStayWhoseDispositionIsNotKnownYetIsNoIndexStay() {
        Stay unknown = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", null);
        Stay next = inpatient("C", "H1", "2026-03-20T08:00:00Z");

        PatientTimelineResponse timeline = evaluate(unknown, next);

        assertExcluded(stayOf(timeline, "B"), ExclusionReason.DISPOSITION_UNKNOWN);
        assertThat(stayOf(timeline, "B").readmissionEpisodeId()).isNull();
        assertThat(stayOf(timeline, "C").readmissionOf()).isNull();
    }

    @Test
    void aReadmissionWhoseDispositionIsNotKnownYetStillReadmitsTheEarlierStay() {
        Stay unknown = discharged(inpatient("B", "H1", "2026-03-10T08:00:00Z"), "2026-03-12T10:00:00Z", null);

        PatientTimelineResponse timeline = evaluate(index, unknown);

        assertIndexStay(stayOf(timeline, "A"), ReadmissionOutcome.READMITTED);
        assertThat(stayOf(timeline, "A").readmissionEpisodeId()).isEqualTo("B");
        assertThat(stayOf(timeline, "A").daysToReadmission()).isEqualTo(9);
        assertThat(stayOf(timeline, "B").readmissionOf()).isEqualTo("A");
        assertExcluded(stayOf(timeline, "B"), ExclusionReason.DISPOSITION_UNKNOWN);
    }

    @Test
    void anOrdinaryDischargeHomeIsAnIndexStay() {
        assertIndexStay(stayOf(evaluate(index), "A"), ReadmissionOutcome.NOT_READMITTED);
    }
}
