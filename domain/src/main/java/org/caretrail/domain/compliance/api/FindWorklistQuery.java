package org.caretrail.domain.compliance.api;

import java.time.Instant;
import java.util.Objects;

/** Asks for the OPEN and OVERDUE clocks of one facility at asOf; answered with a {@link WorklistResponse}. */
public record FindWorklistQuery(String facilityId, Instant asOf) {

    public FindWorklistQuery {
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
