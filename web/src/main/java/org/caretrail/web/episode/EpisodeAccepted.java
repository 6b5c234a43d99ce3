package org.caretrail.web.episode;

/** Answer to an accepted episode command. */
public record EpisodeAccepted(String episodeId) {
}
