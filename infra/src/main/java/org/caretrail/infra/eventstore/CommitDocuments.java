package org.caretrail.infra.eventstore;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape of a commit document: every event of one append, the global positions and stream keys they
 * claim, and when the commit was stored. Each event carries its hash, chained within its aggregate (decision 0003). A voided commit claims positions of a failed append and holds no
 * events, so that trackers need not wait for them.
 */
final class CommitDocuments {

    static final String POSITIONS = "positions";
    static final String STREAM_KEYS = "streamKeys";
    static final String STORED_AT = "storedAt";
    static final String EVENTS = "events";
    static final String VOIDED = "voided";

    /** Every how many wanted positions the first lookup of {@link #claiming} asks for. */
    static final int PROBE_STRIDE = 8;

    private CommitDocuments() {
    }

    /** The commit of these entries, each given its global index and then its hash, chained to the given ones. */
    static BsonDocument commit(List<BsonDocument> entries, long firstPosition, Instant storedAt,
                               Map<String, String> previousHashes) {
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
        ChainLinks.seal(entries, previousHashes);
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

    /**
     * The commits claiming any of these positions, each once, with only the {@code projected} fields (every field
     * when null). The embedded server answers an {@code $in} on the multikey positions index with a commit once per
     * position it matches (ten copies of a ten-event commit), and matches every copy against the whole list; so the
     * ids are looked up first, by every {@value #PROBE_STRIDE}th position, then by every position the commits found
     * do not claim (a probed position not found included), and the commits are then read by id, once each.
     * <p>
     * The answer is what was stored when the second lookup ran, as one query would give it: a commit stored between
     * the lookups is found if the second asks for it, and it asks for every position the first did not find. (The
     * first version counted the probed positions as looked up: a commit stored just after the probe at a probed
     * position went missing while a later commit above it was found, so a tracker delivered an episode's discharge
     * before its admission.)
     */
    static List<BsonDocument> claiming(MongoCollection<BsonDocument> events, Collection<Long> positions,
                                       Bson projected) {
        return claiming(events, positions, projected, () -> { });
    }

    /** As {@link #claiming(MongoCollection, Collection, Bson)}; test seam: runs {@code betweenLookups} in between. */
    static List<BsonDocument> claiming(MongoCollection<BsonDocument> events, Collection<Long> positions,
                                       Bson projected, Runnable betweenLookups) {
        if (positions.isEmpty()) {
            return new ArrayList<>();
        }
        List<Long> remaining = new ArrayList<>(new TreeSet<>(positions));
        List<Long> probe = new ArrayList<>();
        for (int i = 0; i < remaining.size(); i += PROBE_STRIDE) {
            probe.add(remaining.get(i));
        }
        Set<BsonValue> ids = new LinkedHashSet<>();
        Set<Long> claimed = new HashSet<>();
        idsClaiming(events, probe, ids, claimed);
        betweenLookups.run();
        List<Long> rest = remaining.stream().filter(position -> !claimed.contains(position)).toList();
        if (!rest.isEmpty()) {
            idsClaiming(events, rest, ids, claimed);
        }
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        FindIterable<BsonDocument> commits = events.find(Filters.in("_id", ids));
        return distinct(projected == null ? commits : commits.projection(projected));
    }

    private static void idsClaiming(MongoCollection<BsonDocument> events, List<Long> positions, Set<BsonValue> ids,
                                    Set<Long> claimed) {
        for (BsonDocument commit : events.find(Filters.in(POSITIONS, positions))
                                         .projection(Projections.include(POSITIONS))) {
            if (ids.add(commit.get("_id"))) {
                claimed.addAll(positions(commit));
            }
        }
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
