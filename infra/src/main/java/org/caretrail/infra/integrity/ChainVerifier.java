package org.caretrail.infra.integrity;

import org.caretrail.infra.eventstore.StoredPosition;
import org.caretrail.infra.eventstore.StoredPositions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;

/**
 * Verifies the whole event store: walks global positions 1 to the head by exact {@code $in} batches, checks every
 * event against its aggregate's hash chain, and re-computes the running hash at every checkpoint. Reports the first
 * position where the stored events no longer match.
 */
public final class ChainVerifier {

    private final StoredPositions positions;
    private final CheckpointStore checkpoints;
    private final int batchSize;

    public ChainVerifier(StoredPositions positions, CheckpointStore checkpoints, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be positive");
        }
        this.positions = positions;
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
    }

    public VerificationReport verify() {
        Findings findings = new Findings();
        List<Checkpoint> chain = loadCheckpoints(findings);
        NavigableMap<Long, Checkpoint> byEnd = new TreeMap<>();
        Set<Long> absent = new HashSet<>();
        chain.forEach(checkpoint -> {
            byEnd.put(checkpoint.position(), checkpoint);
            absent.addAll(checkpoint.absentPositions());
        });
        long covered = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).position();
        long head = Math.max(positions.lastAllocated(), covered);
        EpisodeChains episodes = new EpisodeChains(findings);
        String running = PositionChain.START;
        long checked = 0;
        for (long from = 1; from <= head; from += batchSize) {
            long to = Math.min(head, from + batchSize - 1);
            NavigableMap<Long, StoredPosition> batch;
            try {
                batch = positions.find(LongStream.rangeClosed(from, to).boxed().toList());
            } catch (RuntimeException unreadable) {
                findings.at(from, "the commits holding positions " + from + ".." + to + " cannot be read: "
                        + unreadable.getMessage());
                return findings.broken(checked).orElseThrow();
            }
            for (long position = from; position <= to; position++) {
                StoredPosition stored = batch.get(position);
                if (stored == null) {
                    if (position <= covered && !absent.contains(position)) {
                        findings.at(position, "position " + position + ", covered by a checkpoint, is gone: "
                                + "its commit was deleted");
                    }
                    episodes.hole(position);
                } else if (stored.kind() == StoredPosition.Kind.EMPTY) {
                    findings.at(position, "position " + position + " is claimed by a commit that holds no event "
                            + "for it: an event was deleted");
                } else if (stored.kind() == StoredPosition.Kind.EVENT) {
                    checked++;
                    if (absent.contains(position)) {
                        findings.at(position, "position " + position + " was recorded as never stored by a "
                                + "checkpoint, yet holds an event now");
                    }
                    episodes.check(stored);
                }
                running = PositionChain.next(running, position, stored);
                Checkpoint checkpoint = byEnd.get(position);
                if (checkpoint != null) {
                    if (!running.equals(checkpoint.hash())) {
                        findings.over(checkpoint.fromPosition(), position, "positions " + checkpoint.fromPosition()
                                + ".." + position + " no longer match checkpoint " + checkpoint.number());
                    }
                    running = checkpoint.hash();
                }
            }
        }
        long checkedEvents = checked;
        return findings.broken(checkedEvents).orElseGet(() -> VerificationReport.ok(checkedEvents));
    }

    // Checkpoints 1..latest, each following the one before; a gap in them is itself a finding.
    private List<Checkpoint> loadCheckpoints(Findings findings) {
        long last = checkpoints.latest().map(Checkpoint::number).orElse(0L);
        Map<Long, Checkpoint> byNumber = new HashMap<>();
        for (long number = 1; number <= last; number += batchSize) {
            checkpoints.range(number, batchSize).forEach(checkpoint -> byNumber.put(checkpoint.number(), checkpoint));
        }
        List<Checkpoint> chain = new ArrayList<>();
        Checkpoint previous = null;
        for (long number = 1; number <= last; number++) {
            Checkpoint checkpoint = byNumber.get(number);
            long expectedFrom = previous == null ? 1 : previous.position() + 1;
            String expectedPrevious = previous == null ? PositionChain.START : previous.hash();
            if (checkpoint == null) {
                findings.over(expectedFrom, expectedFrom, "checkpoint " + number + " is gone");
                continue;
            }
            if (checkpoint.fromPosition() != expectedFrom || !checkpoint.previousHash().equals(expectedPrevious)) {
                findings.over(expectedFrom, checkpoint.position(), "checkpoint " + number
                        + " does not follow the checkpoint before it");
            }
            chain.add(checkpoint);
            previous = checkpoint;
        }
        return chain;
    }
}
