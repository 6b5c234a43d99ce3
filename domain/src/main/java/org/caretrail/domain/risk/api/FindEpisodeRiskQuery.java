package org.caretrail.domain.risk.api;

import java.time.Instant;

/** Asks for an episode's LACE risk and stay metrics at asOf; answered with an {@link EpisodeRiskResponse}, or nothing. */
public record FindEpisodeRiskQuery(String episodeId, Instant asOf) {
}
