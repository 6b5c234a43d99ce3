package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.Objects;

/** Asks how many clocks are OVERDUE at asOf per clock, all facilities; answered with {@link OverdueClocksResponse}. */
public record CountOverdueClocksQuery(Instant asOf) {

    public CountOverdueClocksQuery {
        Objects.requireNonNull(asOf, "asOf");
    }
}
