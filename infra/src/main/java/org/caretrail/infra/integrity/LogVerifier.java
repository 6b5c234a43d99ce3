package org.caretrail.infra.integrity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonDocument;

/**
 * Verifies one hash-chained log (decision 0024): walks sequences 1 to the head in order, re-computes every entry's
 * hash (a mismatch: the entry was edited) and the running hash at each of the log's signed checkpoints (a mismatch:
 * entries were edited and re-hashed). A sequence with no entry is a deletion when a checkpoint covered it, and an
 * absent sequence (a failed write) otherwise; a counter below the last checkpoint's means the newest were deleted.
 */
public final class LogVerifier {

    private final LogChain chain;
    private final MongoCollection<BsonDocument> entries;
    private final LogCheckpointStore checkpoints;
    private final int batchSize;
    private final CheckpointSeal seal;

    /** @param seal when given, every checkpoint of the log must carry its signature */
    public LogVerifier(MongoDatabase database, String log, LogCheckpointStore checkpoints, int batchSize,
                       CheckpointSeal seal) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be positive");
        }
        this.chain = new LogChain(database, log);
        this.entries = database.getCollection(log, BsonDocument.class);
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
        this.seal = seal;
    }

    public String log() {
        return chain.log();
    }

    public LogReport verify() {
        Findings findings = new Findings();
        String log = chain.log();
        List<LogCheckpoint> chained = checkpoints.all(log);
        Map<Long, LogCheckpoint> byEnd = new HashMap<>();
        Set<Long> recordedAbsent = new HashSet<>();
        LogCheckpoint previous = null;
        for (LogCheckpoint checkpoint : chained) {
            long expectedNumber = previous == null ? 1 : previous.number() + 1;
            long expectedFrom = previous == null ? 1 : previous.sequence() + 1;
            if (checkpoint.number() != expectedNumber) {
                findings.over(expectedFrom, expectedFrom, "checkpoint " + expectedNumber + " of " + log + " is gone");
            } else if (checkpoint.fromSequence() != expectedFrom || !checkpoint.previousHash()
                    .equals(previous == null ? PositionChain.START : previous.hash())) {
                findings.over(expectedFrom, checkpoint.sequence(), "checkpoint " + checkpoint.number() + " of " + log
                        + " does not follow the checkpoint before it");
            }
            if (seal != null && !seal.valid(checkpoint)) {
                findings.over(checkpoint.fromSequence(), checkpoint.sequence(), "checkpoint " + checkpoint.number()
                        + " of " + log + " is unsigned or not signed with this key");
            }
            byEnd.put(checkpoint.sequence(), checkpoint);
            recordedAbsent.addAll(checkpoint.absentSequences());
            previous = checkpoint;
        }
        long allocated = chain.lastAllocated();
        long covered = previous == null ? 0 : previous.sequence();
        if (previous != null && previous.allocatedHead() > allocated) {
            findings.at(allocated + 1, "the counter stands at " + allocated + " but checkpoint " + previous.number()
                    + " was signed when " + previous.allocatedHead() + " sequences were taken: the newest entries "
                    + "were deleted");
        }
        BsonDocument newest = entries.find(Filters.exists(LogChain.SEQUENCE)).sort(Sorts.descending(LogChain.SEQUENCE))
                .limit(1).first();
        long newestStored = newest == null ? 0 : newest.getNumber(LogChain.SEQUENCE).longValue();
        // leased sequences above the newest entry are not walked: they are not yet used, or never will be
        long head = Math.max(Math.min(newestStored, allocated), covered);
        String running = PositionChain.START;
        long checked = 0;
        long absent = 0;
        for (long from = 1; from <= head; from += batchSize) {
            long to = Math.min(head, from + batchSize - 1);
            NavigableMap<Long, BsonDocument> batch = LogChain.entries(entries, from, to);
            for (long sequence = from; sequence <= to; sequence++) {
                BsonDocument entry = batch.get(sequence);
                String hash = null;
                if (entry == null) {
                    if (sequence <= covered && !recordedAbsent.contains(sequence)) {
                        findings.at(sequence, newestStored < sequence
                                ? "sequence " + sequence + " and every later one up to " + covered + ", signed by a "
                                  + "checkpoint, are gone: the newest entries were deleted"
                                : "sequence " + sequence + ", covered by a signed checkpoint, is gone: its entry was "
                                  + "deleted");
                    } else if (sequence > covered) {
                        absent++;
                    }
                } else {
                    checked++;
                    hash = LogChain.hash(entry);
                    if (!hash.equals(LogChain.storedHash(entry))) {
                        findings.at(sequence, "the entry at sequence " + sequence + " no longer matches its hash: it "
                                + "was edited");
                    }
                    if (recordedAbsent.contains(sequence)) {
                        findings.at(sequence, "sequence " + sequence + " was recorded as never stored by a checkpoint, "
                                + "yet holds an entry now");
                    }
                }
                running = LogChain.next(running, sequence, hash);
                LogCheckpoint checkpoint = byEnd.get(sequence);
                if (checkpoint != null) {
                    if (!running.equals(checkpoint.hash())) {
                        findings.over(checkpoint.fromSequence(), sequence, "sequences " + checkpoint.fromSequence()
                                + ".." + sequence + " no longer match checkpoint " + checkpoint.number() + " of "
                                + log + ": entries were edited and re-hashed");
                    }
                    running = checkpoint.hash();
                }
            }
        }
        Optional<Findings.Broken> broken = findings.firstBroken();
        if (broken.isEmpty()) {
            return new LogReport(log, VerificationStatus.OK, checked, head, absent, null, null);
        }
        return new LogReport(log, VerificationStatus.BROKEN, checked, head, absent, broken.get().position(),
                broken.get().reason());
    }
}
