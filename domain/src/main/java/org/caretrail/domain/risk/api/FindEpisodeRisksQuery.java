package org.caretrail.domain.risk.api;

import java.time.Instant;
import java.util.List;

/**
 * Asks for the LACE risk of many episodes at asOf at once (a worklist's), each patient's timeline judged once;
 * answered with an {@link EpisodeRisks} that leaves out the episodes the readmission read model does not know.
 * {@code patientIds}, when the caller knows them (a worklist names each clock's patient), spare the read model a
 * lookup per episode; empty, it finds them itself.
 */
public record FindEpisodeRisksQuery(List<String> episodeIds, List<String> patientIds, Instant asOf) {

    public FindEpisodeRisksQuery {
        episodeIds = List.copyOf(episodeIds);
        patientIds = List.copyOf(patientIds);
    }

    public FindEpisodeRisksQuery(List<String> episodeIds, Instant asOf) {
        this(episodeIds, List.of(), asOf);
    }
}
