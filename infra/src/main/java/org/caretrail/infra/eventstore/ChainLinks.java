package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Links the events of a commit to the hash chains of their aggregates. */
final class ChainLinks {

    private static final Logger LOGGER = LoggerFactory.getLogger(ChainLinks.class);

    private final MongoCollection<BsonDocument> events;

    ChainLinks(MongoCollection<BsonDocument> events) {
        this.events = events;
    }

    /**
     * The hash of the stored event just before each aggregate's first event in this commit, by one exact lookup on
     * stream keys (none when every aggregate starts here). An aggregate whose previous event is missing or carries
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
        firstSequences.forEach((aggregate, sequence) -> {
            if (sequence > 0) {
                wanted.put(EventEntries.streamKey(aggregate, sequence - 1), aggregate);
            }
        });
        Map<String, String> previous = new HashMap<>();
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
