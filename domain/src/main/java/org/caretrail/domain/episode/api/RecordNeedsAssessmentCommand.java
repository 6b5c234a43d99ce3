package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a discharge needs assessment: barriers found and support systems available. */
public record RecordNeedsAssessmentCommand(
        @TargetAggregateIdentifier String episodeId,
        List<String> barriers,
        List<String> supportSystems,
        Instant effectiveAt) {
}
