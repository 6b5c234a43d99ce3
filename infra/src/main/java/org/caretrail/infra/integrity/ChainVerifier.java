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
    private final CheckpointSeal seal;

    public ChainVerifier(StoredPositions positions, CheckpointStore checkpoints, int batchSize) {
        this(positions, checkpoints, batchSize, null);
    }

    /** @param seal when given, every checkpoint must carry its signature; an unsigned or re-signed one is a finding */
    public ChainVerifier(StoredPositions positions, CheckpointStore checkpoints, int batchSize, CheckpointSeal seal) {
        this.seal = seal;
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be positive");
        }
        this.positions = positions;
        this.checkpoints = checkpoints;
        this.batchSize = batchSize;
    }

    public VerificationReport verify() {
        return verify(null);
    }

    /**
     * Verifies the store, and that it still holds {@code anchor} (a checkpoint exported earlier and kept outside
     * CareTrail) exactly as it was: deleting checkpoints, or the events they cover, cannot then go unnoticed.
     */
    public VerificationReport verify(Checkpoint anchor) {
        Findings findings = new Findings();
        List<Checkpoint> chain = loadCheckpoints(findings);
        checkAnchor(anchor, chain, findings);
        if (!chain.isEmpty() && chain.get(chain.size() - 1).allocatedHead() > positions.lastAllocated()) {
            Checkpoint last = chain.get(chain.size() - 1);
            findings.at(positions.lastAllocated() + 1, "checkpoint " + last.number() + " was made when positions up "
                    + "to " + last.allocatedHead() + " were taken; the store now counts " + positions.lastAllocated()
                    + ": the newest events were deleted");
        }
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

    private void checkAnchor(Checkpoint anchor, List<Checkpoint> chain, Findings findings) {
        if (anchor == null) {
            return;
        }
        if (seal != null && !seal.valid(anchor)) {
            findings.over(anchor.fromPosition(), anchor.position(), "the exported checkpoint " + anchor.number()
                    + " is not signed with this key");
            return;
        }
        Checkpoint stored = chain.stream().filter(c -> c.number() == anchor.number()).findFirst().orElse(null);
        if (stored == null) {
            findings.over(anchor.fromPosition(), anchor.position(), "the exported checkpoint " + anchor.number()
                    + " is gone from the store: checkpoints were deleted");
        } else if (!stored.hash().equals(anchor.hash()) || stored.position() != anchor.position()
                || !stored.previousHash().equals(anchor.previousHash())) {
            findings.over(anchor.fromPosition(), anchor.position(), "checkpoint " + anchor.number()
                    + " in the store differs from the exported one");
        }
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
            if (seal != null && !seal.valid(checkpoint)) {
                findings.over(checkpoint.fromPosition(), checkpoint.position(), "checkpoint " + number
                        + " is unsigned or not signed with this key");
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
