package org.caretrail.domain.readmission.api;

import java.time.LocalDate;

/**
 * Readmitted index stays over readmitted plus not-readmitted ones; pending stays are counted apart.
 *
 * @param rate null when no index stay is readmitted or not readmitted
 */
public record ReadmissionRateResponse(
        ReadmissionMeasure measure,
        String facilityId,
        LocalDate from,
        LocalDate to,
        long readmitted,
        long notReadmitted,
        long pending,
        Double rate) {
}
