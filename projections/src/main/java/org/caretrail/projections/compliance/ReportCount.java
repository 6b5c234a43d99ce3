package org.caretrail.projections.compliance;

import java.time.YearMonth;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;

/** How many clocks of one kind had one status, per facility and month of their due time (null: no due time). */
public record ReportCount(String facilityId, ComplianceClock clock, YearMonth month, ClockStatus status,
                          long count) {
}
