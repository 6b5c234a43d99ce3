package org.caretrail.projections.episodeview;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeKnownAtQuery;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.history.RecordedHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The episode view as it was known at a past instant: the events recorded by then, replayed in memory through
 * {@link EpisodeChanges}, the rule the projection keeps its documents by. Nothing is stored.
 */
@Component
public class EpisodeViewKnownAt {

    private final RecordedHistory history;
    private final EpisodeStayMetrics stayMetrics;

    /** With UTC facility dates and the system clock, for tests and benchmarks. */
    public EpisodeViewKnownAt(RecordedHistory history) {
        this(history, Facilities.allUtc(), Clock.systemUTC());
    }

    @Autowired
    public EpisodeViewKnownAt(RecordedHistory history, Facilities facilities, Clock clock) {
        this.history = history;
        this.stayMetrics = new EpisodeStayMetrics(facilities, clock);
    }

    /** The stay metrics are as of the read, like the stored view's: knownAt cuts what was recorded, not time. */
    @QueryHandler
    Optional<EpisodeView> handle(FindEpisodeKnownAtQuery query) {
        return replay(query.episodeId(), history.recordedBy(query.episodeId(), query.knownAt())).map(stayMetrics::add);
    }

    /** The view the projection would hold after exactly these events; empty before the admission. */
    static Optional<EpisodeView> replay(String episodeId, List<DomainEventMessage<?>> recorded) {
        EpisodeState state = new EpisodeState();
        state.id = episodeId;
        for (DomainEventMessage<?> message : recorded) {
            if (message.getPayload() instanceof EpisodeEvent event) {
                EpisodeChanges.apply(state, event);
            }
            state.version = message.getSequenceNumber();
        }
        return state.status == null ? Optional.empty() : Optional.of(state.toView());
    }
}
