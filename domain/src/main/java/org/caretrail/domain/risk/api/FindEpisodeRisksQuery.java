package org.caretrail.domain.risk.api;

import java.time.Instant;
import java.util.List;

/**
 * Asks for the LACE risk of many episodes at asOf at once (a worklist's), each patient's timeline judged once;
 * answered with an {@link EpisodeRisks} that leaves out the episodes the readmission read model does not know.
 * {@code patientIds} are the episodes' patients (a worklist names each clock's patient), so the read model needs no
 * lookup per episode.
 */
public record FindEpisodeRisksQuery(List<String> episodeIds, List<String> patientIds, Instant asOf) {

    public FindEpisodeRisksQuery {
        episodeIds = List.copyOf(episodeIds);
        patientIds = List.copyOf(patientIds);
    }
}
