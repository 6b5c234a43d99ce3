package org.caretrail.web.dashboard;

import java.util.List;
import org.caretrail.domain.readmission.api.MonthlyRate;

/**
 * The rate of the whole period, added up from its months: the series holds every month of the period and the
 * months partition its index stays, so the sums are the period's rate without judging the stays a second time.
 */
record PeriodTotal(long readmitted, long notReadmitted, long pending, Double rate) {

    static PeriodTotal of(List<MonthlyRate> months) {
        long readmitted = 0;
        long notReadmitted = 0;
        long pending = 0;
        for (MonthlyRate month : months) {
            readmitted += month.readmitted();
            notReadmitted += month.notReadmitted();
            pending += month.pending();
        }
        long denominator = readmitted + notReadmitted;
        return new PeriodTotal(readmitted, notReadmitted, pending,
                denominator == 0 ? null : (double) readmitted / denominator);
    }
}
