package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Asks for the OPEN and OVERDUE clocks of one facility at asOf, soonest due first, one page at a time; answered with
 * a {@link WorklistResponse} that carries the page and the count of every actionable clock.
 */
public record FindWorklistQuery(String facilityId, Instant asOf, int page, int size) {

    public FindWorklistQuery {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(asOf, "asOf");
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be at least 0 and size at least 1");
        }
    }

    /** The whole worklist in one page, for a caller that narrows or reorders it before showing a page itself. */
    public static FindWorklistQuery whole(String facilityId, Instant asOf) {
        return new FindWorklistQuery(facilityId, asOf, 0, Integer.MAX_VALUE);
    }
}
