package org.caretrail.projections.episodeview;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FacilityIds;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.episode.api.FindFacilitiesQuery;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.DocumentBatch;
import org.caretrail.projections.support.DocumentMapper;
import org.caretrail.projections.support.ProjectionBatches;
import org.caretrail.projections.support.ReadModelVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The episode view read model: one document per episode in {@code episode_view}, kept by
 * replacing it whole once per processor batch; an event at or below the stored version is a
 * redelivery and is skipped, so replays and crashes never apply anything twice.
 */
@Component
// 2: episodes list by admission date (decision 0015)
@ReadModelVersion(2)
@ProcessingGroup(ProcessingGroups.EPISODE_VIEW)
public class EpisodeViewProjection {

    public static final String COLLECTION = "episode_view";

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper = new DocumentMapper();
    private final EpisodeList list;

    private final EpisodeStayMetrics stayMetrics;

    /** With UTC facility dates and the system clock, for tests and benchmarks. */
    public EpisodeViewProjection(MongoDatabase database) {
        this(database, Facilities.allUtc(), Clock.systemUTC());
    }

    @Autowired
    public EpisodeViewProjection(MongoDatabase database, Facilities facilities, Clock clock) {
        this.views = database.getCollection(COLLECTION);
        this.list = new EpisodeList(views, mapper);
        this.stayMetrics = new EpisodeStayMetrics(facilities, clock);
    }

    /**
     * Every event of a stream moves its version, so it counts every event; an episode's events change the view as
     * {@link EpisodeChanges} says. One handler for all: Axon would prefer this one to one on the sealed interface.
     */
    @EventHandler
    void on(Object event, @SourceId String streamId, @SequenceNumber long sequence) {
        update(streamId, sequence, state -> {
            if (event instanceof EpisodeEvent episodeEvent) {
                EpisodeChanges.apply(state, episodeEvent);
            }
        });
    }

    @QueryHandler
    Optional<EpisodeView> handle(FindEpisodeQuery query) {
        return Optional.ofNullable(views.find(eq("_id", query.episodeId())).first())
                .map(document -> mapper.fromDocument(document, EpisodeState.class))
                .filter(state -> state.status != null)
                .map(EpisodeState::toView)
                .map(stayMetrics::add);
    }

    @QueryHandler
    EpisodePage handle(ListEpisodesQuery query) {
        return list.list(query);
    }

    @QueryHandler
    FacilityIds handle(FindFacilitiesQuery query) {
        return list.facilities();
    }

    @ResetHandler
    void reset() {
        views.deleteMany(new Document());
    }

    private void update(String episodeId, long sequence, Consumer<EpisodeState> change) {
        ProjectionBatches.handle(this, this::openBatch, batch -> {
            EpisodeState state = batch.states.get(episodeId);
            if (state == null) {
                state = batch.documents.get(episodeId)
                        .map(document -> mapper.fromDocument(document, EpisodeState.class))
                        .orElseGet(EpisodeState::new);
            }
            if (sequence <= state.version) {
                return;
            }
            // the state is kept decoded for the batch's next event; an event that fails drops it, and the next
            // one decodes the document of the last event that succeeded
            batch.states.remove(episodeId);
            state.id = episodeId;
            change.accept(state);
            state.version = sequence;
            batch.documents.put(episodeId, list.toDocument(state));
            batch.states.put(episodeId, state);
        });
    }

    private ViewBatch openBatch(List<? extends EventMessage<?>> messages) {
        ViewBatch batch = new ViewBatch(new DocumentBatch(views));
        batch.documents.readAhead(ProjectionBatches.aggregateIds(messages));
        return batch;
    }

    /** A batch's documents, with each episode's state decoded once per batch rather than once per event. */
    private static final class ViewBatch implements ProjectionBatches.Batch {
        private final DocumentBatch documents;
        private final java.util.Map<String, EpisodeState> states = new java.util.HashMap<>();

        private ViewBatch(DocumentBatch documents) {
            this.documents = documents;
        }

        @Override
        public void flush() {
            documents.flush();
        }
    }
}
