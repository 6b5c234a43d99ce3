package org.caretrail.domain.readmission.api;

import java.time.LocalDate;

/**
 * Readmitted index stays over readmitted plus not-readmitted ones; pending stays are counted apart.
 *
 * @param rate            null when no index stay is readmitted or not readmitted
 * @param cohort          the condition cohort asked for, null for all index stays
 * @param ageUnknown      with a cohort: index stays left out of it because the patient's birth date is not known
 * @param valueSetVersion with a cohort: the version of the value sets that chose its stays
 */
public record ReadmissionRateResponse(
        ReadmissionMeasure measure,
        String facilityId,
        LocalDate from,
        LocalDate to,
        long readmitted,
        long notReadmitted,
        long pending,
        Double rate,
        Cohort cohort,
        Long ageUnknown,
        String valueSetVersion) {

    /** The rate over all index stays, no cohort. */
    public ReadmissionRateResponse(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                   long readmitted, long notReadmitted, long pending, Double rate) {
        this(measure, facilityId, from, to, readmitted, notReadmitted, pending, rate, null, null, null);
    }
}
