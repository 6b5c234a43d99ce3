package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the disposition of a discharge that was recorded without one (HL7 A03 without PV1-36), or
 * corrects it. A feed's update (A08) may carry PV1-36 before or after the discharge, so by default nothing
 * happens when the episode is not discharged; a person completing it through the API asks for
 * {@code requireDischarged} and is told when there is no discharge to complete.
 */
public record RecordDispositionCommand(
        @TargetAggregateIdentifier String episodeId,
        Disposition disposition,
        Instant effectiveAt,
        boolean requireDischarged) {

    /** As a feed sends it: ignored when the episode is not discharged. */
    public RecordDispositionCommand(String episodeId, Disposition disposition, Instant effectiveAt) {
        this(episodeId, disposition, effectiveAt, false);
    }
}
