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
 */
public record Checkpoint(long number,
                         long fromPosition,
                         long position,
                         String hash,
                         String previousHash,
                         long events,
                         List<Long> absentPositions,
                         Instant createdAt) {

    public Checkpoint {
        absentPositions = List.copyOf(absentPositions);
    }
}
