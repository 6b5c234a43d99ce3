package org.caretrail.domain.episode.api;

/** The lifecycle status of an episode. */
public enum EpisodeStatus {
    ACTIVE,
    DISCHARGED,
    CANCELLED
}
