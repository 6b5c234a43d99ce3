package org.caretrail.infra.integrity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;

/**
 * Chains a log's settled sequences, in order, into its next checkpoint. A taken sequence with no entry stops the
 * checkpoint unless an entry above it was written longer than the settle time ago: then its write can no longer
 * land, and it is recorded as absent.
 */
public final class LogCheckpointWriter {

    private final LogChain chain;
    private final MongoCollection<BsonDocument> entries;
    private final LogCheckpointStore checkpoints;
    private final Clock clock;
    private final Duration settleTime;
    private final int maxSequences;
    private final CheckpointSeal seal;

    /** @param seal signs every checkpoint and must have signed the latest; null writes unsigned checkpoints */
    public LogCheckpointWriter(MongoDatabase database, String log, LogCheckpointStore checkpoints, Clock clock,
                               Duration settleTime, int maxSequences, CheckpointSeal seal) {
        if (maxSequences < 1) {
            throw new IllegalArgumentException("A checkpoint covers at least one sequence");
        }
        this.chain = new LogChain(database, log);
        this.entries = database.getCollection(log, BsonDocument.class);
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.settleTime = settleTime;
        this.maxSequences = maxSequences;
        this.seal = seal;
    }

    public List<LogCheckpoint> catchUp() {
        List<LogCheckpoint> written = new ArrayList<>();
        for (Optional<LogCheckpoint> next = writeNext(); next.isPresent(); next = writeNext()) {
            written.add(next.get());
        }
        return written;
    }

    public Optional<LogCheckpoint> writeNext() {
        Instant now = clock.instant();
        Optional<LogCheckpoint> latest = checkpoints.latest(chain.log());
        if (seal != null && latest.isPresent() && !seal.valid(latest.get())) {
            throw new IllegalStateException("Checkpoint " + latest.get().number() + " of " + chain.log()
                    + " is not signed with this instance's key: no checkpoint is written over it. Verify the store.");
        }
        long from = latest.map(c -> c.sequence() + 1).orElse(1L);
        long allocated = chain.lastAllocated();
        long end = Math.min(allocated, from + maxSequences - 1);
        if (end < from) {
            return Optional.empty();
        }
        NavigableMap<Long, BsonDocument> stored = LogChain.entries(entries, from, end);
        // the highest entry written before the settle time, anywhere in the log: below it no write can still land
        BsonDocument settled = entries.find(Filters.and(Filters.exists(LogChain.SEQUENCE),
                        Filters.lt("at", new BsonDateTime(now.minus(settleTime).toEpochMilli()))))
                .sort(Sorts.descending(LogChain.SEQUENCE)).limit(1).first();
        long settledBelow = settled == null ? Long.MIN_VALUE : settled.getNumber(LogChain.SEQUENCE).longValue();
        String previousHash = latest.map(LogCheckpoint::hash).orElse(PositionChain.START);
        String running = previousHash;
        List<Long> absent = new ArrayList<>();
        long covered = from - 1;
        long count = 0;
        for (long sequence = from; sequence <= end; sequence++) {
            BsonDocument entry = stored.get(sequence);
            if (entry == null && sequence >= settledBelow) {
                break;
            }
            if (entry == null) {
                absent.add(sequence);
            } else {
                count++;
            }
            running = LogChain.next(running, sequence, entry == null ? null : LogChain.storedHash(entry));
            covered = sequence;
        }
        if (covered < from) {
            return Optional.empty();
        }
        LogCheckpoint checkpoint = new LogCheckpoint(chain.log(), latest.map(LogCheckpoint::number).orElse(0L) + 1,
                from, covered, running, previousHash, count, absent, now.truncatedTo(ChronoUnit.MILLIS),
                Math.max(allocated, covered), null);
        checkpoint = seal == null ? checkpoint : seal.sign(checkpoint);
        return checkpoints.insert(checkpoint) ? Optional.of(checkpoint) : Optional.empty();
    }
}
