package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for the compliance report: each status per facility, clock and month of the due time, for clocks due from
 * {@code from} to {@code to} (dates in the facility's zone, both included) as judged at asOf; a null facility
 * means every facility. Answered with a {@link ComplianceReportResponse}.
 */
public record CountClockStatusesQuery(String facilityId, LocalDate from, LocalDate to, Instant asOf) {

    public CountClockStatusesQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }
}
