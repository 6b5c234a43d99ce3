package org.caretrail.domain.episode.api;

/** Asks for the current view of one episode; answered with an {@link EpisodeView}, or nothing. */
public record FindEpisodeQuery(String episodeId) {
}
