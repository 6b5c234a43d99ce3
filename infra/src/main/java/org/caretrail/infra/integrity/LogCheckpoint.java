package org.caretrail.infra.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A checkpoint over one hash-chained log: the running hash after {@code sequence}, chained from the log's checkpoint
 * {@code number - 1} over sequences {@code fromSequence..sequence} (decision 0024).
 *
 * @param absentSequences sequences in the range that were taken but never stored (their write failed)
 * @param allocatedHead   the log's sequence counter when the checkpoint was made: a lower counter later means the
 *                        newest entries (and the counter) were rewound
 * @param signature       the {@link CheckpointSeal} over every other field; null when unsigned
 */
public record LogCheckpoint(String log, long number, long fromSequence, long sequence, String hash,
                            String previousHash, long entries, List<Long> absentSequences, Instant createdAt,
                            long allocatedHead, String signature) {

    public LogCheckpoint {
        absentSequences = List.copyOf(absentSequences);
    }

    public LogCheckpoint signed(String signature) {
        return new LogCheckpoint(log, number, fromSequence, sequence, hash, previousHash, entries, absentSequences,
                createdAt, allocatedHead, signature);
    }
}
