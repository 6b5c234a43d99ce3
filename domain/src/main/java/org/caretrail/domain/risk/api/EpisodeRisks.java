package org.caretrail.domain.risk.api;

import java.util.Map;

/** The LACE scores of the asked episodes by episode id; an episode with no score is absent. */
public record EpisodeRisks(Map<String, LaceScore> byEpisode) {

    public EpisodeRisks {
        byEpisode = Map.copyOf(byEpisode);
    }
}
