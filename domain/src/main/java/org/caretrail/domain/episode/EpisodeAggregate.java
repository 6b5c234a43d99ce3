package org.caretrail.domain.episode;

/**
 * The one public handle on the package-private command side: the aggregate type, so that the
 * application can register it with Axon without seeing inside it.
 */
public final class EpisodeAggregate {

    private EpisodeAggregate() {
    }

    /** The Episode aggregate's class, for Axon's configuration. */
    public static Class<?> type() {
        return Episode.class;
    }
}
