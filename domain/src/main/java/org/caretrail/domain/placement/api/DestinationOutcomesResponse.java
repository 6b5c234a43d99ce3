package org.caretrail.domain.placement.api;

import java.util.List;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;

/** Outcomes per destination provider, by provider id. */
public record DestinationOutcomesResponse(ReadmissionMeasure measure, List<DestinationOutcome> items) {

    public DestinationOutcomesResponse {
        items = List.copyOf(items);
    }
}
