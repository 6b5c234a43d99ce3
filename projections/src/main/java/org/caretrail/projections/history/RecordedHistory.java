package org.caretrail.projections.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * An episode's events as the event store had recorded them by an instant ({@code knownAt}): the start of its stream
 * up to the first event recorded later. Recorded time is the event message's timestamp, the one the audit trail
 * shows as {@code recordedAt}; the clinical time in the payload plays no part here. The stream is read from its
 * first event, never from a snapshot, so that any prefix of it can be replayed.
 */
@Component
public class RecordedHistory {

    private final EventStore events;

    public RecordedHistory(EventStore events) {
        this.events = events;
    }

    /** The stream's events recorded at or before knownAt, in sequence order; empty when none was by then. */
    public List<DomainEventMessage<?>> recordedBy(String aggregateIdentifier, Instant knownAt) {
        Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier");
        Objects.requireNonNull(knownAt, "knownAt");
        return events.readEvents(aggregateIdentifier, 0).asStream()
                .takeWhile(message -> !message.getTimestamp().isAfter(knownAt))
                .<DomainEventMessage<?>>map(message -> message)
                .toList();
    }
}
