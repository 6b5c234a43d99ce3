package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.projections.readmission.StayDetailsFixtures.coded;
import static org.caretrail.projections.readmission.StayDetailsFixtures.medicare;
import static org.caretrail.projections.readmission.StayFixtures.PATIENT;
import static org.caretrail.projections.readmission.StayFixtures.at;
import static org.caretrail.projections.readmission.StayFixtures.discharged;
import static org.caretrail.projections.readmission.StayFixtures.inpatient;
import static org.caretrail.projections.readmission.StayFixtures.stayOf;
import static org.caretrail.projections.readmission.StayFixtures.withDiagnosis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.ExclusionReason;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.junit.jupiter.api.Test;

/** Condition cohorts on the timeline and in the rate, over the readmission rules. */
class CohortTimelineTest {

    private static final Instant AS_OF = at("2026-06-30T00:00:00Z");
    private static final LocalDate FROM = LocalDate.parse("2026-03-01");
    private static final LocalDate TO = LocalDate.parse("2026-03-31");

    private final ReadmissionTimelines timelines = new ReadmissionTimelines();
    private final ReadmissionRates rates = new ReadmissionRates();

    private static Stay heartFailure(String birthDate) {
        return medicare(coded(discharged(inpatient("E1", "F1", "2026-03-01T10:00:00Z"), "2026-03-04T10:00:00Z", "01"),
                "I50.9"), birthDate);
    }

    private PatientTimelineResponse timeline(Stay... stays) {
        return timelines.evaluate(PATIENT, List.of(stays), ReadmissionMeasure.ACUTE_30, AS_OF);
    }

    private ReadmissionRateResponse rate(Cohort cohort, Stay... stays) {
        List<Stay> all = List.of(stays);
        List<IndexStayResult> results = rates.indexStays(timelines.evaluate(PATIENT, all, ReadmissionMeasure.ACUTE_30,
                AS_OF), timelines.memberships(all, AS_OF));
        return ReadmissionRates.rateOf(ReadmissionMeasure.ACUTE_30, cohort, null, FROM, TO, results, AS_OF,
                timelines.valueSetVersion());
    }

    @Test
    void aMedicarePatientAged65OnTheAdmissionDateCountsInTheCohort() {
        Stay stay = heartFailure("1961-03-01");

        assertThat(stayOf(timeline(stay), "E1").cohorts()).containsExactly(Cohort.HF);
        ReadmissionRateResponse rate = rate(Cohort.HF, stay);
        assertThat(rate.notReadmitted()).isEqualTo(1);
        assertThat(rate.ageUnknown()).isZero();
        assertThat(rate.cohort()).isEqualTo(Cohort.HF);
        assertThat(rate.valueSetVersion()).isEqualTo("caretrail-2026.1");
    }

    @Test
    void aPatientAged64OnTheAdmissionDateIsLeftOut() {
        Stay stay = heartFailure("1961-03-02");

        assertThat(stayOf(timeline(stay), "E1").cohorts()).isEmpty();
        ReadmissionRateResponse rate = rate(Cohort.HF, stay);
        assertThat(rate.notReadmitted() + rate.readmitted() + rate.pending()).isZero();
        assertThat(rate.ageUnknown()).isZero();
        assertThat(rate.rate()).isNull();
    }

    @Test
    void withoutABirthDateTheStayIsCountedAsAgeUnknown() {
        Stay stay = heartFailure(null);

        assertThat(stayOf(timeline(stay), "E1").cohorts()).isEmpty();
        ReadmissionRateResponse rate = rate(Cohort.HF, stay);
        assertThat(rate.notReadmitted()).isZero();
        assertThat(rate.ageUnknown()).isEqualTo(1);
    }

    @Test
    void theAllCauseRateIsUnchangedByCohorts() {
        Stay stay = heartFailure(null);

        ReadmissionRateResponse all = rate(null, stay);
        assertThat(all.notReadmitted()).isEqualTo(1);
        assertThat(all.cohort()).isNull();
        assertThat(all.ageUnknown()).isNull();
    }

    @Test
    void theReadmissionOfACohortStayIsAllCause() {
        Stay index = heartFailure("1950-01-01");
        Stay fracture = coded(inpatient("E2", "F2", "2026-03-20T10:00:00Z"), "S72.001A");

        ReadmissionRateResponse rate = rate(Cohort.HF, index, fracture);
        assertThat(rate.readmitted()).isEqualTo(1);
        assertThat(rate.rate()).isEqualTo(1.0);
    }

    @Test
    void aRevisedCodingMovesTheStayOutOfTheCohort() {
        Stay revised = coded(heartFailure("1950-01-01"), "J18.9", "I50.9");

        assertThat(stayOf(timeline(revised), "E1").cohorts()).containsExactly(Cohort.PN);
        assertThat(rate(Cohort.HF, revised).notReadmitted()).isZero();
        assertThat(rate(Cohort.PN, revised).notReadmitted()).isEqualTo(1);
    }

    @Test
    void anObservationStayIsInNoCohort() {
        Stay observation = medicare(coded(discharged(StayFixtures.observation("E1", "F1", "2026-03-01T10:00:00Z"),
                "2026-03-02T10:00:00Z", "01"), "I50.9"), "1940-01-01");

        assertThat(stayOf(timeline(observation), "E1").cohorts()).isEmpty();
    }

    @Test
    void theCodedPrincipalDiagnosisDecidesTheSameDayContinuation() {
        Stay first = coded(withDiagnosis(discharged(inpatient("E1", "F1", "2026-03-01T10:00:00Z"),
                "2026-03-04T10:00:00Z", "01"), "R06.0"), "I50.9");
        Stay second = coded(withDiagnosis(inpatient("E2", "F1", "2026-03-04T18:00:00Z"), "R07.9"), "I50.1");

        assertThat(stayOf(timeline(first, second), "E1").exclusionReason())
                .isEqualTo(ExclusionReason.SAME_DAY_CONTINUATION);
    }
}
