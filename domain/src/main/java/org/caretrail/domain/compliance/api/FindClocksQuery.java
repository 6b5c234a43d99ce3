package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for the clocks behind a compliance report cell: those the report counts for the period (by the date of their
 * due in the facility's zone, or of the admission when they have none), as judged at asOf, soonest due first, one
 * page at a time; a null facility, clock or status matches any. Answered with a {@link ClockPage}.
 */
public record FindClocksQuery(String facilityId, ComplianceClock clock, ClockStatus status, LocalDate from,
                              LocalDate to, Instant asOf, int page, int size) {

    public FindClocksQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be at least 0 and size at least 1");
        }
    }
}
