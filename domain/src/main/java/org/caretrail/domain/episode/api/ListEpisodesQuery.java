package org.caretrail.domain.episode.api;

import java.time.Instant;

/**
 * Asks for episode summaries, newest admission first, one page at a time; a null filter matches anything.
 * {@code admittedFrom} is included, {@code admittedTo} excluded. Answered with an {@link EpisodePage}.
 */
public record ListEpisodesQuery(String facilityId, EpisodeStatus status, String caseManagerId, String patientId,
                                Instant admittedFrom, Instant admittedTo, int page, int size) {

    public ListEpisodesQuery {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be at least 0 and size at least 1");
        }
    }
}
