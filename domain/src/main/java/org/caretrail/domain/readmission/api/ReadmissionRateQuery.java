package org.caretrail.domain.readmission.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Asks for the readmission rate of index stays discharged from {@code from} to {@code to} (facility dates, both
 * included) as judged at asOf; answered with a {@link ReadmissionRateResponse}.
 *
 * @param facilityId null for every facility
 * @param cohort     null for every index stay; a cohort counts only its stays (measure ACUTE_30)
 */
public record ReadmissionRateQuery(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                   Instant asOf, Cohort cohort) {

    /** The rate over every index stay. */
    public ReadmissionRateQuery(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                Instant asOf) {
        this(measure, facilityId, from, to, asOf, null);
    }
}
