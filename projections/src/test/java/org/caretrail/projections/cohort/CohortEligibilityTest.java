package org.caretrail.projections.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class CohortEligibilityTest {

    private static final LocalDate ADMITTED = LocalDate.parse("2026-03-01");

    @Test
    void aMedicarePatientAged65OnTheAdmissionDateIsEligible() {
        assertThat(CohortEligibility.of(Payer.MEDICARE, LocalDate.parse("1961-03-01"), ADMITTED))
                .isEqualTo(CohortEligibility.ELIGIBLE);
    }

    @Test
    void aMedicarePatientTurning65TheDayAfterAdmissionIsNot() {
        assertThat(CohortEligibility.of(Payer.MEDICARE, LocalDate.parse("1961-03-02"), ADMITTED))
                .isEqualTo(CohortEligibility.NOT_ELIGIBLE);
    }

    @Test
    void withoutABirthDateTheAgeIsUnknown() {
        assertThat(CohortEligibility.of(Payer.MEDICARE, null, ADMITTED)).isEqualTo(CohortEligibility.AGE_UNKNOWN);
    }

    @Test
    void otherPayersAreNotEligibleWhateverTheAge() {
        assertThat(CohortEligibility.of(Payer.MEDICARE_ADVANTAGE, LocalDate.parse("1940-01-01"), ADMITTED))
                .isEqualTo(CohortEligibility.NOT_ELIGIBLE);
        assertThat(CohortEligibility.of(null, null, ADMITTED)).isEqualTo(CohortEligibility.NOT_ELIGIBLE);
    }
}
