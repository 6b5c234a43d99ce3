package org.caretrail.domain.compliance.api;

import java.time.Instant;

/**
 * Asks for an episode's clocks at {@code asOf} as they were known at {@code knownAt} (from the events recorded by
 * then); answered with an {@link EpisodeComplianceResponse}, or nothing when no event was recorded by then.
 */
public record FindEpisodeComplianceKnownAtQuery(String episodeId, Instant asOf, Instant knownAt) {
}
