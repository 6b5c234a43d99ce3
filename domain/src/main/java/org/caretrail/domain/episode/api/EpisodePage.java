package org.caretrail.domain.episode.api;

import java.util.List;

/** One page of episode summaries with the total count of matches. */
public record EpisodePage(List<EpisodeSummary> items, int page, int size, long total) {

    public EpisodePage {
        items = List.copyOf(items);
    }
}
