package org.caretrail.web.integrity;

import java.time.Instant;
import java.util.List;
import org.caretrail.infra.integrity.Checkpoint;

/**
 * A signed checkpoint as exported for safekeeping outside CareTrail, and as given back to
 * {@code verify}: every field is covered by {@code signature} (HMAC-SHA256 under the integrity key).
 */
public record CheckpointRecord(long number, long fromPosition, long position, String hash, String previousHash,
                               long events, List<Long> absentPositions, Instant createdAt, long allocatedHead,
                               String signature) {

    static CheckpointRecord of(Checkpoint c) {
        return new CheckpointRecord(c.number(), c.fromPosition(), c.position(), c.hash(), c.previousHash(), c.events(),
                c.absentPositions(), c.createdAt(), c.allocatedHead(), c.signature());
    }

    Checkpoint toCheckpoint() {
        return new Checkpoint(number, fromPosition, position, hash, previousHash, events,
                absentPositions == null ? List.of() : absentPositions, createdAt, allocatedHead, signature);
    }
}
