package org.caretrail.domain.readmission.api;

import java.time.YearMonth;

/**
 * The readmission figures of the index stays discharged in one calendar month (facility dates).
 *
 * @param rate null when no index stay is readmitted or not readmitted
 */
public record MonthlyRate(YearMonth month, long readmitted, long notReadmitted, long pending, Double rate) {
}
