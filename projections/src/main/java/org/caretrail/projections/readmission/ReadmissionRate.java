package org.caretrail.projections.readmission;

import java.time.LocalDate;

/**
 * Readmission rate of index stays discharged in [from, to] (facility dates); pending stays count in neither term.
 *
 * @param facilityId null for all facilities
 * @param rate       readmitted / (readmitted + notReadmitted), null when that sum is zero
 */
public record ReadmissionRate(
        ReadmissionMeasure measure,
        String facilityId,
        LocalDate from,
        LocalDate to,
        long readmitted,
        long notReadmitted,
        long pending,
        Double rate) {
}
