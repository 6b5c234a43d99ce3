package org.caretrail.infra.eventstore;

import org.bson.BsonDocument;

import java.time.Instant;

/**
 * One global position as the store holds it: an event, a position voided by a failed append, or a position a
 * commit claims without holding an event for it (which only an edit behind the engine's back produces).
 */
public final class StoredPosition {

    /** What a stored position holds. */
    public enum Kind { EVENT, VOIDED, EMPTY }

    private final long position;
    private final Kind kind;
    private final Instant storedAt;
    private final BsonDocument entry;

    StoredPosition(long position, Kind kind, Instant storedAt, BsonDocument entry) {
        this.position = position;
        this.kind = kind;
        this.storedAt = storedAt;
        this.entry = entry;
    }

    /** The hash an aggregate's first event (and an event of no aggregate) is chained to. */
    public static String firstPreviousHash() {
        return EventHashes.FIRST_PREVIOUS;
    }

    public long position() {
        return position;
    }

    public Kind kind() {
        return kind;
    }

    /** When the commit holding this position was stored, as it says. */
    public Instant storedAt() {
        return storedAt;
    }

    /** The event's aggregate, or null for an event of no aggregate and for positions without an event. */
    public String aggregateIdentifier() {
        return entry != null && entry.isString(EventEntries.AGGREGATE_IDENTIFIER)
                ? entry.getString(EventEntries.AGGREGATE_IDENTIFIER).getValue() : null;
    }

    /** The event's sequence in its aggregate, or null when it has none. */
    public Long sequenceNumber() {
        return entry != null && entry.isNumber(EventEntries.SEQUENCE_NUMBER)
                ? entry.getNumber(EventEntries.SEQUENCE_NUMBER).longValue() : null;
    }

    /** The hash stored with the event, or null when it carries none. */
    public String storedHash() {
        return entry != null && entry.isString(EventHashes.HASH) ? entry.getString(EventHashes.HASH).getValue() : null;
    }

    /**
     * The hash this event must carry if the event before it in its aggregate carries {@code previousHash}.
     *
     * @throws IllegalArgumentException when the stored event holds a value the engine never writes
     * @throws IllegalStateException    when this position holds no event
     */
    public String expectedHash(String previousHash) {
        if (kind != Kind.EVENT) {
            throw new IllegalStateException("Position " + position + " holds no event");
        }
        return EventHashes.hash(entry, previousHash);
    }
}
