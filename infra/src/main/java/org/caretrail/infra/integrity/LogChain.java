package org.caretrail.infra.integrity;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.bson.BsonDocument;
import org.bson.Document;
import org.caretrail.infra.eventstore.CanonicalJson;

/**
 * The write side of a hash-chained log (decision 0024): each entry takes the next sequence of its log from a block
 * leased from a counter ({@code log_sequences}, one document per log, {@code $inc} by {@code findAndModify}) and
 * carries the
 * SHA-256 of its own canonical JSON, sequence included. Writers never wait for their predecessor's hash: the chain
 * over sequences is computed when checkpoints are written and when the log is verified ({@link LogVerifier}).
 */
public final class LogChain {

    static final String SEQUENCES = "log_sequences";
    static final String SEQUENCE = "seq";
    static final String HASH = "hash";

    /** How many sequences one counter update leases at least. */
    static final int BLOCK = 64;
    /** How long a leased block is used; a log checkpoint's settle time must be far longer. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    private final String log;
    private final MongoCollection<Document> counters;
    private long leasedNext = 1;
    private long leasedEnd;
    private long leasedAt;

    /** @param log the log's collection name, which also names its counter */
    public LogChain(MongoDatabase database, String log) {
        this.log = log;
        this.counters = database.getCollection(SEQUENCES).withWriteConcern(WriteConcern.MAJORITY);
    }

    public String log() {
        return log;
    }

    /**
     * Takes {@code count} consecutive sequences and returns the first. They come from a block this instance leased
     * from the counter in one update ({@link #BLOCK} at least), used only for {@link #LEASE}: far below the time a
     * checkpoint waits before it records a sequence without entry as absent, so no leased sequence is written after
     * it was recorded absent. The unused rest of a lease (at a restart, or when it expires) stays absent.
     */
    public synchronized long allocate(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one sequence is allocated");
        }
        long now = System.nanoTime();
        if (leasedNext + count - 1 > leasedEnd || now - leasedAt > LEASE.toNanos()) {
            int take = Math.max(count, BLOCK);
            leasedNext = reserve(take);
            leasedEnd = leasedNext + take - 1;
            leasedAt = now;
        }
        long first = leasedNext;
        leasedNext += count;
        return first;
    }

    private long reserve(int count) {
        Document counter = counters.findOneAndUpdate(Filters.eq("_id", log), Updates.inc("next", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        if (counter == null) {
            throw new IllegalStateException("the sequence counter of " + log + " did not answer");
        }
        return ((Number) counter.get("next")).longValue() - count + 1;
    }

    /** The highest sequence ever taken in this log; 0 when none. */
    long lastAllocated() {
        Document counter = counters.find(Filters.eq("_id", log)).first();
        return counter == null ? 0 : ((Number) counter.get("next")).longValue();
    }

    /** The stored entries with sequences {@code from..to}, by sequence. */
    static NavigableMap<Long, BsonDocument> entries(MongoCollection<BsonDocument> log, long from, long to) {
        NavigableMap<Long, BsonDocument> found = new TreeMap<>();
        for (BsonDocument entry : log.find(Filters.and(Filters.gte(SEQUENCE, from), Filters.lte(SEQUENCE, to)))) {
            if (entry.isNumber(SEQUENCE)) {
                found.put(entry.getNumber(SEQUENCE).longValue(), entry);
            }
        }
        return found;
    }

    /** The entry's stored hash; {@code unhashed} when it has none. */
    static String storedHash(BsonDocument entry) {
        return entry.isString(HASH) ? entry.getString(HASH).getValue() : "unhashed";
    }

    /** The entry with its sequence and its own hash added, as it is stored. */
    public static Document chained(Document entry, long sequence) {
        Document stored = new Document(entry).append(SEQUENCE, sequence);
        stored.remove(HASH);
        return stored.append(HASH, hash(stored.toBsonDocument(Document.class,
                MongoClientSettings.getDefaultCodecRegistry())));
    }

    /** The SHA-256 of an entry's canonical JSON, leaving out {@code _id} and the hash itself. */
    static String hash(BsonDocument stored) {
        BsonDocument hashed = stored.clone();
        hashed.remove("_id");
        hashed.remove(HASH);
        return sha256(CanonicalJson.write(hashed));
    }

    /** The running hash over sequences: {@code hex(SHA-256(previous + ":" + seq + ":" + (entry hash | absent)))}. */
    static String next(String running, long sequence, String entryHash) {
        return sha256(running + ":" + sequence + ":" + (entryHash == null ? "absent" : entryHash));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
