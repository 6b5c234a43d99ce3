package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The compliance report: how many clocks had each status, per facility, clock and month of their due time. */
public record ComplianceReportResponse(String facilityId, LocalDate from, LocalDate to, Instant asOf,
                                       List<StatusCount> counts) {

    public ComplianceReportResponse {
        counts = List.copyOf(counts);
    }
}
