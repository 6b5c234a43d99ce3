package org.caretrail.projections.risk;

import java.util.List;

/**
 * What LACE needs of one stay.
 *
 * @param lengthOfStayDays  calendar days as the stay metrics count them
 * @param acuteAdmission    the episode began in the emergency department
 * @param icd10Diagnoses    every ICD-10 diagnosis of the stay (the coding's, else the working principal)
 * @param emergencyVisits   the patient's ED visits in the six calendar months before the admission date
 */
public record LaceInput(int lengthOfStayDays, boolean acuteAdmission, List<String> icd10Diagnoses,
                        int emergencyVisits) {

    public LaceInput {
        icd10Diagnoses = List.copyOf(icd10Diagnoses);
    }
}
