package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.Map;

/** The number of OVERDUE clocks at asOf for every clock type (zero included). */
public record OverdueClocksResponse(Instant asOf, Map<ComplianceClock, Long> overdue) {

    public OverdueClocksResponse {
        overdue = Map.copyOf(overdue);
    }
}
