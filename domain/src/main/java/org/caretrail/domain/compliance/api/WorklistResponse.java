package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.List;

/**
 * One page of a facility's worklist at asOf: OPEN and OVERDUE clocks, soonest due first, those with no due last;
 * {@code total} counts every actionable clock of the facility the query's filters kept, not only this page's.
 */
public record WorklistResponse(String facilityId, Instant asOf, List<WorklistEntry> items, int page, int size,
                               long total) {

    public WorklistResponse {
        items = List.copyOf(items);
    }

    /** The same page with these entries in place of its own, such as the entries with their stays' risk. */
    public WorklistResponse withItems(List<WorklistEntry> entries) {
        return new WorklistResponse(facilityId, asOf, entries, page, size, total);
    }
}
