package org.caretrail.domain.risk.api;

import java.time.Instant;
import java.util.List;

/**
 * Asks for the LACE risk of many episodes at asOf at once (a worklist's), each patient's timeline judged once;
 * answered with an {@link EpisodeRisks} that leaves out the episodes the readmission read model does not know.
 */
public record FindEpisodeRisksQuery(List<String> episodeIds, Instant asOf) {

    public FindEpisodeRisksQuery {
        episodeIds = List.copyOf(episodeIds);
    }
}
