package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Discharges the patient with a UB-04 disposition (HL7 A03); a null disposition is not known yet. */
public record DischargePatientCommand(
        @TargetAggregateIdentifier String episodeId,
        Disposition disposition,
        Instant dischargedAt,
        String destinationProviderId) {
}
