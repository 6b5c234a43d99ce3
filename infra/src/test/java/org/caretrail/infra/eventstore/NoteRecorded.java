package org.caretrail.infra.eventstore;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/** A test event with the kinds of values CareTrail's events carry. */
@Revision("1")
record NoteRecorded(String episodeId, String text, Instant occurredAt, BigDecimal score) {

    static NoteRecorded note(String episodeId, String text) {
        return new NoteRecorded(episodeId, text, Instant.parse("2025-03-01T10:15:30.123Z"), new BigDecimal("1.50"));
    }
}
