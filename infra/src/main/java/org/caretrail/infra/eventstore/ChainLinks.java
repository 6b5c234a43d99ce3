package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Links the events of a commit to the hash chains of their aggregates. */
final class ChainLinks {

    private static final Logger LOGGER = LoggerFactory.getLogger(ChainLinks.class);

    private static final int REMEMBERED_HEADS = 10_000;

    private record Head(long sequence, String hash, long position) {
    }

    private final MongoCollection<BsonDocument> events;
    // The newest stored event known of each recently used aggregate. A stored event never changes through the
    // engine, so a head stays right for its sequence; a newer one elsewhere only means a lookup.
    private final Map<String, Head> recentHeads = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                    return size() > REMEMBERED_HEADS;
                }
            });

    ChainLinks(MongoCollection<BsonDocument> events) {
        this.events = events;
    }

    /** Remembers the hash of a stored event, so that the append after it needs no lookup. */
    void remember(String aggregate, long sequence, String hash, long position) {
        if (hash != null) {
            recentHeads.merge(aggregate, new Head(sequence, hash, position),
                              (known, offered) -> offered.sequence() > known.sequence() ? offered : known);
        }
    }

    /** The sequence of the newest stored event remembered of this aggregate, -1 if none is remembered. */
    long rememberedSequence(String aggregate) {
        Head head = recentHeads.get(aggregate);
        return head == null ? -1 : head.sequence();
    }

    /**
     * The global position of the aggregate's event at {@code sequence} if it is the newest one remembered, else -1. A
     * command loads its aggregate before it appends, so the event before a single-event commit is normally known.
     */
    long rememberedPosition(String aggregate, long sequence) {
        Head head = recentHeads.get(aggregate);
        return head == null || head.sequence() != sequence ? -1 : head.position();
    }

    /** Remembers the last event of each aggregate in a stored commit. */
    void rememberHeads(List<BsonDocument> entries) {
        for (BsonDocument entry : entries) {
            if (entry.containsKey(EventEntries.AGGREGATE_IDENTIFIER)) {
                remember(entry.getString(EventEntries.AGGREGATE_IDENTIFIER).getValue(),
                         entry.getInt64(EventEntries.SEQUENCE_NUMBER).getValue(),
                         entry.getString(EventHashes.HASH).getValue(),
                         entry.getNumber(EventEntries.GLOBAL_INDEX).longValue());
            }
        }
    }

    /**
     * The hash of the stored event just before each aggregate's first event in this commit: remembered from a recent
     * load or append, else by one exact lookup on stream keys for all of them. An aggregate whose previous event is missing or carries
     * no hash is left out, so its chain restarts; verification reports the missing event.
     */
    Map<String, String> previousHashes(List<BsonDocument> entries) {
        Map<String, Long> firstSequences = new LinkedHashMap<>();
        for (BsonDocument entry : entries) {
            if (entry.containsKey(EventEntries.AGGREGATE_IDENTIFIER)) {
                firstSequences.merge(entry.getString(EventEntries.AGGREGATE_IDENTIFIER).getValue(),
                                     entry.getInt64(EventEntries.SEQUENCE_NUMBER).getValue(), Math::min);
            }
        }
        Map<String, String> wanted = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        firstSequences.forEach((aggregate, sequence) -> {
            if (sequence > 0) {
                Head remembered = recentHeads.get(aggregate);
                if (remembered != null && remembered.sequence() == sequence - 1) {
                    previous.put(aggregate, remembered.hash());
                } else {
                    wanted.put(EventEntries.streamKey(aggregate, sequence - 1), aggregate);
                }
            }
        });
        if (wanted.isEmpty()) {
            return previous;
        }
        for (BsonDocument commit : events.find(Filters.in(CommitDocuments.STREAM_KEYS, wanted.keySet()))
                                         .projection(Projections.include(CommitDocuments.EVENTS))) {
            for (BsonValue value : commit.getArray(CommitDocuments.EVENTS)) {
                BsonDocument entry = value.asDocument();
                String aggregate = wanted.get(EventEntries.streamKeyOf(entry));
                if (aggregate != null && entry.isString(EventHashes.HASH)) {
                    previous.put(aggregate, entry.getString(EventHashes.HASH).getValue());
                    if (entry.isNumber(EventEntries.GLOBAL_INDEX)) {
                        remember(aggregate, entry.getNumber(EventEntries.SEQUENCE_NUMBER).longValue(),
                                 entry.getString(EventHashes.HASH).getValue(),
                                 entry.getNumber(EventEntries.GLOBAL_INDEX).longValue());
                    }
                }
            }
        }
        wanted.forEach((key, aggregate) -> {
            if (!previous.containsKey(aggregate)) {
                LOGGER.warn("No hashed event at {}; the hash chain of {} restarts", key, aggregate);
            }
        });
        return previous;
    }

    /** Puts each entry's hash on it, in commit order; global indexes must be set already. */
    static void seal(List<BsonDocument> entries, Map<String, String> previousHashes) {
        Map<String, String> heads = new HashMap<>(previousHashes);
        for (BsonDocument entry : entries) {
            String aggregate = entry.containsKey(EventEntries.AGGREGATE_IDENTIFIER)
                    ? entry.getString(EventEntries.AGGREGATE_IDENTIFIER).getValue() : null;
            String previous = aggregate == null ? EventHashes.FIRST_PREVIOUS
                    : heads.getOrDefault(aggregate, EventHashes.FIRST_PREVIOUS);
            String hash = EventHashes.hash(entry, previous);
            entry.put(EventHashes.HASH, new BsonString(hash));
            if (aggregate != null) {
                heads.put(aggregate, hash);
            }
        }
    }
}
