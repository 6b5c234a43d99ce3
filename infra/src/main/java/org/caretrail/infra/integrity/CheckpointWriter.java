package org.caretrail.infra.integrity;

import org.caretrail.infra.eventstore.StoredPosition;
import org.caretrail.infra.eventstore.StoredPositions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * Chains every settled global position, in order, into the next checkpoint. A position nothing holds stops the
 * checkpoint, unless a commit above it was stored longer than the settle time ago: then its append can no longer
 * finish (the engine's append timeout is shorter than its gap timeout), and it is recorded as absent.
 */
public final class CheckpointWriter {

    // Exact $in lookups stay fast in chunks of this size (the embedded server slows down on large ones).
    private static final int LOOKUP_SIZE = 500;

    private final StoredPositions positions;
    private final CheckpointStore checkpoints;
    private final Clock clock;
    private final Duration settleTime;
    private final int maxPositions;
    private final CheckpointSeal seal;

    /**
     * @param settleTime   at least the engine's gap timeout
     * @param maxPositions the most positions one checkpoint covers
     */
    public CheckpointWriter(StoredPositions positions, CheckpointStore checkpoints, Clock clock,
                            Duration settleTime, int maxPositions) {
        this(positions, checkpoints, clock, settleTime, maxPositions, null);
    }

    /**
     * @param seal signs every checkpoint, and is checked against the latest before the chain is extended, so that a
     *             forged checkpoint is never sealed over; null writes unsigned checkpoints
     */
    public CheckpointWriter(StoredPositions positions, CheckpointStore checkpoints, Clock clock,
                            Duration settleTime, int maxPositions, CheckpointSeal seal) {
        this.seal = seal;
        if (maxPositions < 1) {
            throw new IllegalArgumentException("A checkpoint covers at least one position");
        }
        this.positions = positions;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.settleTime = settleTime;
        this.maxPositions = maxPositions;
    }

    /** Writes checkpoints until every settled position is covered; returns those written. */
    public List<Checkpoint> catchUp() {
        List<Checkpoint> written = new ArrayList<>();
        Optional<Checkpoint> next = writeNext();
        while (next.isPresent()) {
            written.add(next.get());
            next = writeNext();
        }
        return written;
    }

    /** The next checkpoint, if positions settled since the last one and no other writer stored it first. */
    public Optional<Checkpoint> writeNext() {
        Instant now = clock.instant();
        Optional<Checkpoint> latest = checkpoints.latest();
        long from = latest.map(checkpoint -> checkpoint.position() + 1).orElse(1L);
        if (seal != null && latest.isPresent() && !seal.valid(latest.get())) {
            throw new IllegalStateException("Checkpoint " + latest.get().number() + " is not signed with this "
                    + "instance's key: no checkpoint is written over it. Verify the store.");
        }
        long allocated = positions.lastAllocated();
        long end = Math.min(allocated, from + maxPositions - 1);
        if (end < from) {
            return Optional.empty();
        }
        Instant settledBefore = now.minus(settleTime);
        String previousHash = latest.map(Checkpoint::hash).orElse(PositionChain.START);
        String running = previousHash;
        List<Long> absent = new ArrayList<>();
        long covered = from - 1;
        long events = 0;
        chunks:
        for (long chunk = from; chunk <= end; chunk += LOOKUP_SIZE) {
            long chunkEnd = Math.min(end, chunk + LOOKUP_SIZE - 1);
            NavigableMap<Long, StoredPosition> stored =
                    positions.findStoredHashes(LongStream.rangeClosed(chunk, chunkEnd).boxed().toList());
            long settledBelow = highestSettled(stored, settledBefore);
            for (long position = chunk; position <= chunkEnd; position++) {
                StoredPosition slot = stored.get(position);
                if (slot == null && position >= settledBelow) {
                    break chunks;
                }
                if (slot == null) {
                    absent.add(position);
                } else if (slot.kind() == StoredPosition.Kind.EVENT) {
                    events++;
                }
                running = PositionChain.next(running, position, slot);
                covered = position;
            }
        }
        if (covered < from) {
            return Optional.empty();
        }
        Checkpoint checkpoint = new Checkpoint(latest.map(Checkpoint::number).orElse(0L) + 1, from, covered, running,
                                               previousHash, events, absent,
                                               now.truncatedTo(ChronoUnit.MILLIS), Math.max(allocated, covered), null);
        checkpoint = seal == null ? checkpoint : seal.sign(checkpoint);
        return checkpoints.insert(checkpoint) ? Optional.of(checkpoint) : Optional.empty();
    }

    private static long highestSettled(NavigableMap<Long, StoredPosition> stored, Instant settledBefore) {
        long highest = Long.MIN_VALUE;
        for (StoredPosition slot : stored.values()) {
            if (slot.storedAt().isBefore(settledBefore)) {
                highest = Math.max(highest, slot.position());
            }
        }
        return highest;
    }
}
