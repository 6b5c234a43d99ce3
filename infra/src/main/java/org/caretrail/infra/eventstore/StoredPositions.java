package org.caretrail.infra.eventstore;

import com.mongodb.ReadPreference;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads the event store position by position, by exact lookups only, for checks of its integrity. */
public final class StoredPositions {

    private static final Bson STORED_HASHES = Projections.include(CommitDocuments.POSITIONS,
            CommitDocuments.STORED_AT, CommitDocuments.VOIDED,
            CommitDocuments.EVENTS + "." + EventEntries.GLOBAL_INDEX, CommitDocuments.EVENTS + "." + EventHashes.HASH);

    private final MongoCollection<BsonDocument> events;
    private final PositionAllocator allocator;

    private StoredPositions(MongoCollection<BsonDocument> events, MongoCollection<BsonDocument> counters) {
        this.events = events;
        this.allocator = new PositionAllocator(counters);
    }

    /** The store in the engine's default collections. */
    public static StoredPositions open(MongoDatabase database) {
        return open(database, EventStoreCollections.DEFAULT_EVENTS, EventStoreCollections.DEFAULT_COUNTERS);
    }

    public static StoredPositions open(MongoDatabase database, String eventsCollection, String countersCollection) {
        return new StoredPositions(collection(database, eventsCollection), collection(database, countersCollection));
    }

    private static MongoCollection<BsonDocument> collection(MongoDatabase database, String name) {
        return database.getCollection(name, BsonDocument.class).withReadPreference(ReadPreference.primary());
    }

    /** The highest position handed out so far, 0 if none. */
    public long lastAllocated() {
        return allocator.lastAllocated();
    }

    /** What is stored at each of these positions; a position nothing claims is left out. */
    public NavigableMap<Long, StoredPosition> find(Collection<Long> positions) {
        return find(positions, null);
    }

    /**
     * As {@link #find}, but each event holds only what a checkpoint chains: its position and the hash stored with
     * it ({@link StoredPosition#storedHash()}); its aggregate, sequence and content are left out, so
     * {@link StoredPosition#expectedHash} cannot be asked. The checkpoint writer's read of commits it does not
     * judge, without their payloads.
     */
    public NavigableMap<Long, StoredPosition> findStoredHashes(Collection<Long> positions) {
        return find(positions, STORED_HASHES);
    }

    private NavigableMap<Long, StoredPosition> find(Collection<Long> positions, Bson projected) {
        NavigableMap<Long, StoredPosition> found = new TreeMap<>();
        if (positions.isEmpty()) {
            return found;
        }
        Set<Long> wanted = new TreeSet<>(positions);
        for (BsonDocument commit : CommitDocuments.claiming(events, wanted, projected)) {
            Instant storedAt = CommitDocuments.storedAt(commit);
            boolean voided = commit.containsKey(CommitDocuments.VOIDED);
            Map<Long, BsonDocument> entries = entriesByPosition(commit);
            for (Long position : CommitDocuments.positions(commit)) {
                if (!wanted.contains(position) || found.containsKey(position)) {
                    continue;
                }
                BsonDocument entry = entries.get(position);
                StoredPosition.Kind kind = voided ? StoredPosition.Kind.VOIDED
                        : entry == null ? StoredPosition.Kind.EMPTY : StoredPosition.Kind.EVENT;
                found.put(position, new StoredPosition(position, kind, storedAt, entry));
            }
        }
        return found;
    }

    private static Map<Long, BsonDocument> entriesByPosition(BsonDocument commit) {
        Map<Long, BsonDocument> entries = new HashMap<>();
        for (BsonValue value : commit.getArray(CommitDocuments.EVENTS)) {
            BsonDocument entry = value.asDocument();
            if (entry.isNumber(EventEntries.GLOBAL_INDEX)) {
                entries.putIfAbsent(entry.getNumber(EventEntries.GLOBAL_INDEX).longValue(), entry);
            }
        }
        return entries;
    }
}
