package org.caretrail.infra.integrity;

import java.time.Instant;
import java.util.List;

/**
 * A checkpoint over the global event stream: the running hash after {@code position}, chained from checkpoint
 * {@code number - 1} (whose hash is {@code previousHash}) over positions {@code fromPosition..position}.
 *
 * @param events          how many events those positions hold
 * @param absentPositions positions in the range that no commit will ever fill (their append failed without voiding
 *                        them); verification expects them to stay empty
 * @param allocatedHead   the store's position counter when the checkpoint was made: fewer positions later means
 *                        the newest events were deleted
 * @param signature       the {@link CheckpointSeal} over all the other fields; null when unsigned
 */
public record Checkpoint(long number,
                         long fromPosition,
                         long position,
                         String hash,
                         String previousHash,
                         long events,
                         List<Long> absentPositions,
                         Instant createdAt,
                         long allocatedHead,
                         String signature) {

    public Checkpoint {
        absentPositions = List.copyOf(absentPositions);
    }

    /** An unsigned checkpoint made when the counter stood at its own position. */
    public Checkpoint(long number, long fromPosition, long position, String hash, String previousHash, long events,
                      List<Long> absentPositions, Instant createdAt) {
        this(number, fromPosition, position, hash, previousHash, events, absentPositions, createdAt, position, null);
    }

    /** This checkpoint with a signature. */
    public Checkpoint signed(String signature) {
        return new Checkpoint(number, fromPosition, position, hash, previousHash, events, absentPositions, createdAt,
                allocatedHead, signature);
    }
}
