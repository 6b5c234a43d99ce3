package org.caretrail.infra.integrity;

import org.caretrail.infra.eventstore.StoredPosition;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Checks each event against the hash chain of its aggregate, walking in global order: its sequence must follow the
 * last one seen, and its stored hash must be the one its content and the previous event's stored hash give.
 * Holds one entry per aggregate seen.
 */
final class EpisodeChains {

    private record Link(long sequence, String hash, long position) {
    }

    private final Map<String, Link> heads = new HashMap<>();
    private final NavigableSet<Long> holes = new TreeSet<>();
    private final Findings findings;

    EpisodeChains(Findings findings) {
        this.findings = findings;
    }

    /** A position nothing holds; a missing sequence found later is placed at the first such hole before it. */
    void hole(long position) {
        holes.add(position);
    }

    void check(StoredPosition event) {
        long position = event.position();
        String aggregate = event.aggregateIdentifier();
        if (aggregate == null) {
            requireHash(event, StoredPosition.firstPreviousHash(), "event " + position);
            return;
        }
        Long sequence = event.sequenceNumber();
        if (sequence == null) {
            findings.at(position, "event " + position + " of " + aggregate + " has no sequence number");
            return;
        }
        Link last = heads.get(aggregate);
        long expected = last == null ? 0 : last.sequence() + 1;
        String name = aggregate + " sequence " + sequence + " (position " + position + ")";
        if (sequence > expected) {
            Long hole = holes.higher(last == null ? 0L : last.position());
            boolean holeBefore = hole != null && hole < position;
            findings.at(holeBefore ? hole : position, aggregate + ": sequence " + expected
                    + " is missing before sequence " + sequence + " at position " + position
                    + (holeBefore ? "; position " + hole + " is gone" : "") + ": an event was deleted or reordered");
        } else if (sequence < expected) {
            findings.at(position, aggregate + ": sequence " + sequence + " at position " + position
                    + " comes after sequence " + last.sequence() + ": the sequence was reordered or repeated");
        }
        requireHash(event, last == null ? StoredPosition.firstPreviousHash() : last.hash(), name);
        heads.put(aggregate, new Link(sequence, event.storedHash(), position));
    }

    private void requireHash(StoredPosition event, String previousHash, String name) {
        long position = event.position();
        if (event.storedHash() == null) {
            findings.at(position, name + " carries no hash");
            return;
        }
        String expected;
        try {
            expected = event.expectedHash(previousHash);
        } catch (IllegalArgumentException unreadable) {
            findings.at(position, name + " cannot be read: " + unreadable.getMessage());
            return;
        }
        if (!expected.equals(event.storedHash())) {
            findings.at(position, name + " no longer matches its hash: its payload, metadata (actor, role), "
                    + "time or identity was changed");
        }
    }
}
