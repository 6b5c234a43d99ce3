package org.caretrail.domain.compliance.api;

import java.time.YearMonth;

/**
 * How many clocks of one kind had one status, per facility and month of their due time; {@code month} is null for
 * clocks with no due time (most NOT_APPLICABLE ones), counted with the period their episode was admitted in.
 */
public record StatusCount(String facilityId, ComplianceClock clock, YearMonth month, ClockStatus status,
                          long count) {
}
