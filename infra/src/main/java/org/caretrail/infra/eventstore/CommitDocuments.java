package org.caretrail.infra.eventstore;

import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a commit document: every event of one append, the global positions and stream keys they
 * claim, and when the commit was stored. A voided commit claims positions of a failed append and holds no
 * events, so that trackers need not wait for them.
 */
final class CommitDocuments {

    static final String POSITIONS = "positions";
    static final String STREAM_KEYS = "streamKeys";
    static final String STORED_AT = "storedAt";
    static final String EVENTS = "events";
    static final String VOIDED = "voided";

    private CommitDocuments() {
    }

    static BsonDocument commit(List<BsonDocument> entries, long firstPosition, Instant storedAt) {
        BsonArray positions = new BsonArray();
        BsonArray streamKeys = new BsonArray();
        for (int i = 0; i < entries.size(); i++) {
            BsonDocument entry = entries.get(i);
            entry.put(EventEntries.GLOBAL_INDEX, new BsonInt64(firstPosition + i));
            positions.add(new BsonInt64(firstPosition + i));
            String streamKey = EventEntries.streamKeyOf(entry);
            if (streamKey != null) {
                streamKeys.add(new BsonString(streamKey));
            }
        }
        BsonDocument commit = new BsonDocument(STORED_AT, new BsonDateTime(storedAt.toEpochMilli()))
                .append(POSITIONS, positions);
        // Left out when empty: the sparse unique index then ignores the commit instead of colliding on it.
        if (!streamKeys.isEmpty()) {
            commit.append(STREAM_KEYS, streamKeys);
        }
        return commit.append(EVENTS, new BsonArray(entries));
    }

    static BsonDocument voided(long firstPosition, int count, Instant storedAt, String reason) {
        BsonArray positions = new BsonArray();
        for (int i = 0; i < count; i++) {
            positions.add(new BsonInt64(firstPosition + i));
        }
        return new BsonDocument(STORED_AT, new BsonDateTime(storedAt.toEpochMilli()))
                .append(POSITIONS, positions)
                .append(VOIDED, new BsonString(reason))
                .append(EVENTS, new BsonArray());
    }

    /** The commits once each: the embedded server returns a commit once per {@code $in} value it matches. */
    static List<BsonDocument> distinct(Iterable<BsonDocument> commits) {
        Map<BsonValue, BsonDocument> byId = new LinkedHashMap<>();
        for (BsonDocument commit : commits) {
            byId.putIfAbsent(commit.get("_id"), commit);
        }
        return new ArrayList<>(byId.values());
    }

    static List<String> streamKeys(BsonDocument commit) {
        List<String> keys = new ArrayList<>();
        for (BsonValue key : commit.getArray(STREAM_KEYS, new BsonArray())) {
            keys.add(key.asString().getValue());
        }
        return keys;
    }

    static List<Long> positions(BsonDocument commit) {
        List<Long> positions = new ArrayList<>();
        for (BsonValue position : commit.getArray(POSITIONS)) {
            positions.add(position.asNumber().longValue());
        }
        return positions;
    }

    static Instant storedAt(BsonDocument commit) {
        return Instant.ofEpochMilli(commit.getDateTime(STORED_AT).getValue());
    }

    static List<StoredEvent> events(BsonDocument commit) {
        List<StoredEvent> events = new ArrayList<>();
        for (BsonValue entry : commit.getArray(EVENTS)) {
            events.add(EventEntries.read(entry.asDocument()));
        }
        return events;
    }
}
