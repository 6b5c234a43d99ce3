package org.caretrail.domain.readmission.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for the readmission rate per calendar month of index discharge, for every month touching {@code from} to
 * {@code to} (facility dates, both included), as judged at asOf; answered with a {@link ReadmissionRatesResponse}.
 *
 * @param cohort     null for every index stay, else only the cohort's
 * @param facilityId null for every facility
 */
public record ReadmissionRatesQuery(ReadmissionMeasure measure, Cohort cohort, String facilityId, LocalDate from, LocalDate to,
                                    Instant asOf, int page, int size) {

    public ReadmissionRatesQuery {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be at least 0 and size at least 1");
        }
    }
}
