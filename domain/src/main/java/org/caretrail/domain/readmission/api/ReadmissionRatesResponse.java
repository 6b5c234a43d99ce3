package org.caretrail.domain.readmission.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The rate series: one page of months, oldest first, every month of the period listed, empty ones too. */
public record ReadmissionRatesResponse(ReadmissionMeasure measure, Cohort cohort, String facilityId, LocalDate from, LocalDate to,
                                       Instant asOf, List<MonthlyRate> items, int page, int size, long total) {

    public ReadmissionRatesResponse {
        items = List.copyOf(items);
    }
}
