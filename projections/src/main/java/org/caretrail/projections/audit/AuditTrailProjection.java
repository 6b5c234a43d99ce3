package org.caretrail.projections.audit;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.caretrail.domain.audit.api.AuditEntry;
import org.caretrail.domain.audit.api.AuditPage;
import org.caretrail.domain.audit.api.AuditTrail;
import org.caretrail.domain.audit.api.FindAuditTrailQuery;
import org.caretrail.domain.audit.api.SearchAuditQuery;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.support.DocumentMapper;
import org.caretrail.projections.support.ProjectionBatches;
import org.caretrail.projections.support.ReadModelVersion;
import org.springframework.stereotype.Component;

/**
 * The audit trail: one document per recorded event in {@code audit_trail}, keyed by episode and
 * sequence (so redelivery overwrites with the same content), plus the highest sequence per
 * episode in {@code audit_episodes}, so that an episode's trail is read by exact keys.
 */
@Component
@ReadModelVersion(1)
@ProcessingGroup(ProcessingGroups.AUDIT_TRAIL)
public class AuditTrailProjection {

    static final String ENTRIES = "audit_trail";
    static final String EPISODES = "audit_episodes";

    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> episodes;
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private static final DocumentMapper MAPPER = new DocumentMapper();

    public AuditTrailProjection(MongoDatabase database) {
        this.entries = database.getCollection(ENTRIES);
        this.episodes = database.getCollection(EPISODES);
        // Ranges and sorts of the cross-episode search use these on a real MongoDB server.
        entries.createIndex(Indexes.descending("recordedAt", "episodeId", "sequence"), new IndexOptions().name("recorded"));
        entries.createIndex(Indexes.ascending("patientId", "recordedAt"), new IndexOptions().name("patient"));
        entries.createIndex(Indexes.ascending("facilityId", "recordedAt"), new IndexOptions().name("facility"));
    }

    @EventHandler
    void on(EpisodeEvent event, EventMessage<?> message, @SourceId String episodeId, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        record(episodeId, sequence, entry(event, message, episodeId, sequence, recordedAt));
    }

    /** Events of the patient and recipient streams: audited like episodes, under their stream id. */
    @EventHandler
    void on(Object event, EventMessage<?> message, @SourceId String streamId, @SequenceNumber long sequence,
            @Timestamp Instant recordedAt) {
        record(streamId, sequence, entry(event, message, streamId, sequence, recordedAt));
    }

    private void record(String streamId, long sequence, Document entry) {
        ProjectionBatches.handle(this, messages -> new Entries(), batch -> batch.add(streamId, sequence, entry));
    }

    /** The stored entry of one recorded event: what the trail shows of it, the same for a knownAt replay. */
    static Document entry(Object event, EventMessage<?> message, String streamId, long sequence, Instant recordedAt) {
        String patientId;
        String facilityId;
        Instant occurredAt;
        if (event instanceof EpisodeEvent episodeEvent) {
            patientId = episodeEvent.patientId();
            facilityId = episodeEvent.facilityId();
            occurredAt = episodeEvent.occurredAt();
        } else {
            Document data = MAPPER.toDocument(event);
            Object occurred = data.get("occurredAt");
            patientId = data.getString("patientId");
            facilityId = data.getString("facilityId");
            occurredAt = occurred == null ? null : Instant.parse(occurred.toString());
        }
        return new Document("_id", key(streamId, sequence))
                .append("episodeId", streamId)
                .append("patientId", patientId)
                .append("facilityId", facilityId)
                .append("sequence", sequence)
                .append("type", event.getClass().getSimpleName())
                .append("occurredAt", occurredAt == null ? null : occurredAt.toString())
                .append("recordedAt", Date.from(recordedAt))
                .append("actor", meta(message, EventMetadata.ACTOR))
                .append("role", meta(message, EventMetadata.ROLE))
                .append("source", meta(message, EventMetadata.SOURCE))
                .append("sourceMessageId", meta(message, EventMetadata.SOURCE_MESSAGE_ID))
                .append("correlationId", meta(message, EventMetadata.CORRELATION_ID))
                .append("data", MAPPER.toDocument(event));
    }

    @QueryHandler
    Optional<AuditTrail> handle(FindAuditTrailQuery query) {
        Document episode = episodes.find(eq("_id", query.episodeId())).first();
        if (episode == null) {
            return Optional.empty();
        }
        long last = ((Number) episode.get("lastSequence")).longValue();
        List<String> keys = LongStream.rangeClosed(0, last).mapToObj(seq -> key(query.episodeId(), seq)).toList();
        List<AuditEntry> found = new ArrayList<>();
        entries.find(in("_id", keys)).forEach(document -> found.add(toEntry(document)));
        found.sort(Comparator.comparingLong(AuditEntry::sequence));
        return Optional.of(new AuditTrail(query.episodeId(), found));
    }

    @QueryHandler
    AuditPage handle(SearchAuditQuery query) {
        List<Bson> filters = new ArrayList<>();
        Optional.ofNullable(query.patientId()).ifPresent(v -> filters.add(eq("patientId", v)));
        Optional.ofNullable(query.facilityId()).ifPresent(v -> filters.add(eq("facilityId", v)));
        Optional.ofNullable(query.actor()).ifPresent(v -> filters.add(eq("actor", v)));
        Optional.ofNullable(query.type()).ifPresent(v -> filters.add(eq("type", v)));
        Optional.ofNullable(query.from()).ifPresent(v -> filters.add(Filters.gte("recordedAt", Date.from(v))));
        Optional.ofNullable(query.to()).ifPresent(v -> filters.add(Filters.lt("recordedAt", Date.from(v))));
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = entries.countDocuments(filter);
        List<AuditEntry> items = new ArrayList<>();
        entries.find(filter)
                .sort(Sorts.descending("recordedAt", "episodeId", "sequence"))
                .skip(query.page() * query.size())
                .limit(query.size())
                .forEach(document -> items.add(toEntry(document)));
        return new AuditPage(items, query.page(), query.size(), total);
    }

    @ResetHandler
    void reset() {
        entries.deleteMany(new Document());
        episodes.deleteMany(new Document());
    }

    static AuditEntry toEntry(Document d) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = MAPPER.fromDocument(d.get("data", Document.class), Map.class);
        Object occurredAt = d.get("occurredAt");
        return new AuditEntry(d.getString("episodeId"), d.getString("patientId"), d.getString("facilityId"),
                ((Number) d.get("sequence")).longValue(),
                d.getString("type"), occurredAt == null ? null : Instant.parse(occurredAt.toString()),
                d.getDate("recordedAt").toInstant(), d.getString("actor"), d.getString("role"),
                d.getString("source"), d.getString("sourceMessageId"), d.getString("correlationId"), data);
    }

    private static String meta(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String key(String episodeId, long sequence) {
        return episodeId + ":" + sequence;
    }

    /**
     * The entries of one processor batch, written before each episode's highest sequence moves past them, so a
     * reader that sees the sequence finds every entry up to it.
     */
    private final class Entries implements ProjectionBatches.Batch {

        private final List<WriteModel<Document>> written = new ArrayList<>();
        private final Map<String, Long> lastSequences = new LinkedHashMap<>();

        void add(String episodeId, long sequence, Document entry) {
            written.add(new ReplaceOneModel<>(eq("_id", entry.getString("_id")), entry, UPSERT));
            lastSequences.merge(episodeId, sequence, Math::max);
        }

        @Override
        public void flush() {
            if (written.isEmpty()) {
                return;
            }
            entries.bulkWrite(written);
            List<WriteModel<Document>> moved = new ArrayList<>(lastSequences.size());
            lastSequences.forEach((episodeId, sequence) -> moved.add(new UpdateOneModel<>(eq("_id", episodeId),
                    Updates.max("lastSequence", sequence), new UpdateOptions().upsert(true))));
            episodes.bulkWrite(moved);
            written.clear();
            lastSequences.clear();
        }
    }
}
