package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Asks for the OPEN and OVERDUE clocks of one facility at asOf, overdue first and then soonest due (the two orders
 * agree: an overdue clock is past its due, an open one is not), one page at a time; answered with a
 * {@link WorklistResponse} that carries the page and the count of every clock the filters keep. A null {@code clock}
 * keeps every clock; a null (or blank) {@code caseManagerId} every episode, else only those whose case manager, as
 * last assigned, it names.
 */
public record FindWorklistQuery(String facilityId, ComplianceClock clock, String caseManagerId, Instant asOf,
                                int page, int size) {

    public FindWorklistQuery {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(asOf, "asOf");
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be at least 0 and size at least 1");
        }
        caseManagerId = caseManagerId == null || caseManagerId.isBlank() ? null : caseManagerId.trim();
    }

    /** Every clock of every case manager, one page. */
    public FindWorklistQuery(String facilityId, Instant asOf, int page, int size) {
        this(facilityId, null, null, asOf, page, size);
    }

    /** The facility's whole worklist in one page. */
    public static FindWorklistQuery whole(String facilityId, Instant asOf) {
        return whole(facilityId, null, null, asOf);
    }

    /** Every entry the filters keep in one page, for an export of the whole list. */
    public static FindWorklistQuery whole(String facilityId, ComplianceClock clock, String caseManagerId,
                                          Instant asOf) {
        return new FindWorklistQuery(facilityId, clock, caseManagerId, asOf, 0, Integer.MAX_VALUE);
    }
}
