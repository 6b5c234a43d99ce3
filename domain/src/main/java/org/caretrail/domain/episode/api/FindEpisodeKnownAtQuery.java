package org.caretrail.domain.episode.api;

import java.time.Instant;

/**
 * Asks for an episode as it was known at {@code knownAt}: from the events recorded by then only; answered with an
 * {@link EpisodeView}, or nothing when no event of the episode was recorded by then.
 */
public record FindEpisodeKnownAtQuery(String episodeId, Instant knownAt) {
}
