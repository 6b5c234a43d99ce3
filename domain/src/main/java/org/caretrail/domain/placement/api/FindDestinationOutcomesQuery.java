package org.caretrail.domain.placement.api;

import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;

/**
 * Asks for the outcomes of index stays discharged from {@code from} to {@code to} (facility dates, both included), per
 * destination provider, judged at asOf; answered with a {@link DestinationOutcomesResponse}.
 *
 * @param facilityId null for every facility
 */
public record FindDestinationOutcomesQuery(ReadmissionMeasure measure, String facilityId, LocalDate from, LocalDate to,
                                           Instant asOf) {
}
