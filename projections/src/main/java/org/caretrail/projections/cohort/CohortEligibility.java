package org.caretrail.projections.cohort;

import java.time.LocalDate;
import java.time.Period;
import org.caretrail.domain.episode.api.Payer;

/** Whether a stay's patient counts in the cohort measures: aged 65 or more at admission, payer MEDICARE. */
public enum CohortEligibility {
    ELIGIBLE,
    /** No birth date: left out of the cohort measures and counted as {@code ageUnknown}. */
    AGE_UNKNOWN,
    NOT_ELIGIBLE;

    static final int MINIMUM_AGE = 65;

    /** @param admissionDate the admission date in the facility's zone */
    public static CohortEligibility of(Payer payer, LocalDate birthDate, LocalDate admissionDate) {
        if (payer != Payer.MEDICARE) {
            return NOT_ELIGIBLE;
        }
        if (birthDate == null) {
            return AGE_UNKNOWN;
        }
        return Period.between(birthDate, admissionDate).getYears() >= MINIMUM_AGE ? ELIGIBLE : NOT_ELIGIBLE;
    }
}
