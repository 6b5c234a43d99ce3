package org.caretrail.web.faults;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;

/**
 * A handler in the episode view's processing group that throws for one chosen event until cured,
 * the way a bug or a bad event would, and records every delivery it handled.
 */
@ProcessingGroup("episode-view")
class PoisonSwitch {

    private final Map<String, List<Long>> handled = new ConcurrentHashMap<>();
    private volatile String poisonedEpisode;
    private volatile long poisonedSequence = -1;

    void poison(String episodeId, long sequence) {
        poisonedSequence = sequence;
        poisonedEpisode = episodeId;
    }

    void cure() {
        poisonedEpisode = null;
    }

    /** The sequences of the episode's events this handler took, one entry per delivery. */
    List<Long> handled(String episodeId) {
        return List.copyOf(handled.getOrDefault(episodeId, List.of()));
    }

    @EventHandler
    void on(Object event, @SourceId String episodeId, @SequenceNumber long sequence) {
        if (episodeId.equals(poisonedEpisode) && sequence == poisonedSequence) {
            throw new IllegalStateException("poison event " + episodeId + " #" + sequence);
        }
        handled.computeIfAbsent(episodeId, id -> new CopyOnWriteArrayList<>()).add(sequence);
    }
}
