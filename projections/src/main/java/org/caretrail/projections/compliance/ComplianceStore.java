package org.caretrail.projections.compliance;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.projections.support.DocumentBatch;
import org.caretrail.projections.support.DocumentMapper;
import org.caretrail.projections.support.ProjectionBatches;

/**
 * The compliance read model's two collections: {@code compliance_episodes}, one document per episode read by its
 * exact key, and {@code compliance_actionable}, one document per stretch of time in which a clock needs action,
 * so that a worklist is one query over the clocks that are or were actionable rather than a walk over episodes.
 */
class ComplianceStore {

    /** Documents per reply of a scan: the embedded server otherwise answers a find's first batch whole. */
    private static final int SCAN_BATCH = 1_000;

    static final String EPISODES = "compliance_episodes";
    static final String ACTIONABLE = "compliance_actionable";

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> episodes;
    private final MongoCollection<Document> actionable;
    private final DocumentMapper mapper = new DocumentMapper();

    ComplianceStore(MongoDatabase database) {
        this.episodes = database.getCollection(EPISODES);
        this.actionable = database.getCollection(ACTIONABLE);
        // On a real MongoDB server these serve the report's and the worklist's filters.
        episodes.createIndex(Indexes.ascending("facts.facilityId"), new IndexOptions().name("facility"));
        actionable.createIndex(Indexes.ascending("facilityId", "untilDate", "fromDate"),
                new IndexOptions().name("facility_until"));
        actionable.createIndex(Indexes.ascending("untilDate", "fromDate"), new IndexOptions().name("until"));
    }

    Optional<StoredEpisode> find(String episodeId) {
        return Optional.ofNullable(episodes.find(eq("_id", episodeId)).first())
                .map(document -> mapper.fromDocument(document, StoredEpisode.class));
    }

    /** The episodes and spans one processor batch of these events touches, reading ahead those of its episodes. */
    Batch openBatch(List<? extends EventMessage<?>> messages) {
        Batch batch = new Batch(clockEvents(messages));
        batch.episodes.readAhead(ProjectionBatches.aggregateIds(messages));
        return batch;
    }

    /**
     * Each episode's clock events among these, in order: those the projection will be handed. An episode with an
     * event whose payload cannot be read is left out (that event fails in its handler and is dead-lettered).
     */
    private static Map<String, List<BatchRun.ClockEvent>> clockEvents(List<? extends EventMessage<?>> messages) {
        Map<String, List<BatchRun.ClockEvent>> byEpisode = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        for (EventMessage<?> message : messages) {
            if (!(message instanceof DomainEventMessage<?> domain)) {
                continue;
            }
            Object payload;
            try {
                payload = domain.getPayload();
            } catch (RuntimeException e) {
                unreadable.add(domain.getAggregateIdentifier());
                continue;
            }
            if (payload instanceof EpisodeEvent event && ClockFactsChanges.concerns(event)) {
                byEpisode.computeIfAbsent(event.episodeId(), id -> new ArrayList<>())
                        .add(new BatchRun.ClockEvent(domain.getSequenceNumber(), event));
            }
        }
        unreadable.forEach(byEpisode::remove);
        return byEpisode;
    }

    /** Every episode of one facility, or of all when facilityId is null. */
    List<StoredEpisode> findAll(String facilityId) {
        Bson filter = facilityId == null ? new Document() : eq("facts.facilityId", facilityId);
        List<StoredEpisode> found = new ArrayList<>();
        episodes.find(filter).batchSize(SCAN_BATCH).forEach(document -> found.add(mapper.fromDocument(document, StoredEpisode.class)));
        return found;
    }

    /** The spans covering asOf for one facility (or all when null). */
    List<StoredSpan> spansCovering(String facilityId, Instant asOf) {
        return spansCovering(facilityId, null, null, asOf);
    }

    /**
     * The spans covering asOf for one facility (or all when null), of one clock and one case manager when they are
     * not null: every filter is the database's, so only the spans kept are read.
     */
    List<StoredSpan> spansCovering(String facilityId, ComplianceClock clock, String caseManagerId, Instant asOf) {
        // Dates hold milliseconds only: the filter finds a superset, and covers() decides to the nanosecond.
        Date asOfMillis = Date.from(asOf);
        List<Bson> filters = new ArrayList<>(List.of(lte("fromDate", asOfMillis),
                or(eq("untilDate", null), gte("untilDate", asOfMillis))));
        if (facilityId != null) {
            filters.add(0, eq("facilityId", facilityId));
        }
        if (caseManagerId != null) {
            filters.add(eq("caseManagerId", caseManagerId));
        }
        if (clock != null) {
            filters.add(eq("span.clock", clock.name()));
        }
        List<StoredSpan> found = new ArrayList<>();
        actionable.find(and(filters)).batchSize(SCAN_BATCH).forEach(document -> {
            StoredSpan span = mapper.fromDocument(document, StoredSpan.class);
            if (span.span.covers(asOf)) {
                found.add(span);
            }
        });
        return found;
    }

    void clear() {
        episodes.deleteMany(new Document());
        actionable.deleteMany(new Document());
    }

    private Document toDocument(StoredSpan span) {
        Instant until = span.span.until();
        return mapper.toDocument(span)
                .append("fromDate", Date.from(span.span.from()))
                .append("untilDate", until == null ? null : Date.from(until));
    }

    /**
     * One batch's changes: every episode's spans are replaced, stale ones removed, before the episodes themselves
     * are written, so a crash in between leaves the old versions and the redelivered batch writes the same spans
     * again and removes what is left of the old ones.
     */
    final class Batch implements ProjectionBatches.Batch {

        private final DocumentBatch episodes = new DocumentBatch(ComplianceStore.this.episodes);
        /** Each episode's span keys as stored before this batch. */
        private final Map<String, List<String>> storedSpanKeys = new HashMap<>();
        private final Map<String, List<StoredSpan>> spans = new LinkedHashMap<>();
        /**
         * Each episode as this batch last saw it, decoded once per batch rather than once per event (decision
         * 0021); a saved episode is a new object, so one whose event fails leaves the kept one as it was.
         */
        private final Map<String, Optional<StoredEpisode>> decoded = new HashMap<>();
        private final Map<String, StoredEpisode> changed = new LinkedHashMap<>();
        /** Each episode's clock events in this batch, for judging them once ({@link BatchRun}). */
        private final Map<String, List<BatchRun.ClockEvent>> clockEvents;
        private final Map<String, BatchRun> runs = new HashMap<>();
        private final Set<String> runsTried = new HashSet<>();

        private Batch(Map<String, List<BatchRun.ClockEvent>> clockEvents) {
            this.clockEvents = clockEvents;
        }

        /** The episode's run of this batch, if one is being handed over. */
        BatchRun run(String episodeId) {
            return runs.get(episodeId);
        }

        /** The episode's clock events of this batch after this version, the first time it is asked; else none. */
        List<BatchRun.ClockEvent> firstLookAhead(String episodeId, long version) {
            if (!runsTried.add(episodeId)) {
                return List.of();
            }
            return clockEvents.getOrDefault(episodeId, List.of()).stream().filter(event -> event.sequence() > version)
                    .toList();
        }

        void keep(String episodeId, BatchRun run) {
            runs.put(episodeId, run);
        }

        Optional<StoredEpisode> find(String episodeId) {
            Optional<StoredEpisode> episode = decoded.computeIfAbsent(episodeId, id -> episodes.get(id)
                    .map(document -> mapper.fromDocument(document, StoredEpisode.class)));
            storedSpanKeys.putIfAbsent(episodeId, episode.map(found -> found.spanKeys).orElse(List.of()));
            return episode;
        }

        void save(StoredEpisode episode, List<ActionableSpan> actionableSpans) {
            List<StoredSpan> stored = actionableSpans.stream().map(span -> StoredSpan.of(episode.facts, span)).toList();
            episode.spanKeys = stored.stream().map(span -> span.id).toList();
            spans.put(episode.id, stored);
            decoded.put(episode.id, Optional.of(episode));
            changed.put(episode.id, episode);
            // a run's events handled so far are in this judgement
            runs.remove(episode.id);
        }

        @Override
        public void flush() {
            for (BatchRun run : List.copyOf(runs.values())) {
                run.cutShort().ifPresent(judged -> save(judged.episode(), judged.spans()));
            }
            runs.clear();
            runsTried.clear();
            List<String> stale = new ArrayList<>();
            List<WriteModel<Document>> writes = new ArrayList<>();
            spans.forEach((episodeId, episodeSpans) -> {
                Set<String> keys = new HashSet<>();
                for (StoredSpan span : episodeSpans) {
                    keys.add(span.id);
                    writes.add(new ReplaceOneModel<>(eq("_id", span.id), toDocument(span), UPSERT));
                }
                storedSpanKeys.getOrDefault(episodeId, List.of()).stream().filter(key -> !keys.contains(key))
                        .forEach(stale::add);
            });
            if (!stale.isEmpty()) {
                actionable.deleteMany(in("_id", stale));
            }
            if (!writes.isEmpty()) {
                actionable.bulkWrite(writes);
            }
            changed.forEach((id, episode) -> episodes.put(id, mapper.toDocument(episode)));
            episodes.flush();
            changed.clear();
            spans.clear();
            storedSpanKeys.clear();
        }
    }
}
