package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.List;

/** A facility's worklist at asOf: OPEN and OVERDUE clocks, soonest due first, those with no due last. */
public record WorklistResponse(String facilityId, Instant asOf, List<WorklistEntry> items) {

    public WorklistResponse {
        items = List.copyOf(items);
    }
}
