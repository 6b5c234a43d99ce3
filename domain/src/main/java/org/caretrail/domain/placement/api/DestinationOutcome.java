package org.caretrail.domain.placement.api;

/**
 * The index stays discharged to one provider and how they came out; {@code rate} as the readmission rate has it.
 *
 * @param rate readmitted over readmitted plus not readmitted, null when both are zero
 */
public record DestinationOutcome(String destinationProviderId, long indexStays, long readmitted, long notReadmitted,
                                 long pending, Double rate) {
}
