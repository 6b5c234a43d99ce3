package org.caretrail.domain.risk.api;

import java.time.Instant;

/**
 * Asks for an episode's LACE risk and stay metrics at {@code asOf} as they were known at {@code knownAt}; answered
 * with an {@link EpisodeRiskResponse}, or nothing when the episode was not recorded, or not admitted, by then.
 */
public record FindEpisodeRiskKnownAtQuery(String episodeId, Instant asOf, Instant knownAt) {
}
