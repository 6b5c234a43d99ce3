package org.caretrail.projections.compliance;

import java.time.Instant;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;

/** The status table of docs/MEASURES.md, shared by every clock once its due, met time and window are known. */
final class StatusTable {

    private StatusTable() {
    }

    /** {@code metAt} must already be inside the window; {@code windowClosed} says whether it has closed by asOf. */
    static ClockResult resultOf(ComplianceClock clock, String referralId, Instant due, Instant metAt,
                             Instant windowClosesAt, boolean windowClosed, Instant asOf) {
        return new ClockResult(clock, referralId, statusOf(due, metAt, windowClosed, asOf), due, metAt,
                windowClosesAt);
    }

    static ClockStatus statusOf(Instant due, Instant metAt, boolean windowClosed, Instant asOf) {
        if (metAt != null) {
            return due == null || !metAt.isAfter(due) ? ClockStatus.MET : ClockStatus.MET_LATE;
        }
        if (windowClosed) {
            return ClockStatus.MISSED;
        }
        if (due != null && asOf.isAfter(due)) {
            return ClockStatus.OVERDUE;
        }
        return ClockStatus.OPEN;
    }
}
