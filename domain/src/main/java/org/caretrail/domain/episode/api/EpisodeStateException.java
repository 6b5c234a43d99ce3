package org.caretrail.domain.episode.api;

/** A command that the episode's current state does not allow. */
public class EpisodeStateException extends IllegalStateException {

    public EpisodeStateException(String message) {
        super(message);
    }
}
