package org.caretrail.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

import java.time.Instant;

/**
 * One event as read back from a commit document; aggregate fields are null for an event that belongs to
 * no aggregate.
 */
record StoredEvent(long globalIndex,
                   String aggregateIdentifier,
                   Long sequenceNumber,
                   String type,
                   String eventIdentifier,
                   Instant timestamp,
                   String payloadType,
                   String payloadRevision,
                   String payload,
                   String metaData) {

    boolean isDomainEvent() {
        return aggregateIdentifier != null && sequenceNumber != null;
    }

    DomainEventData<String> asDomainEventData() {
        return new GenericDomainEventEntry<>(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp,
                                             payloadType, payloadRevision, payload, metaData);
    }

    TrackedEventData<String> tracked(TrackingToken token) {
        if (isDomainEvent()) {
            return new TrackedDomainEventData<>(token, asDomainEventData());
        }
        return new TrackedPlainEvent(token, eventIdentifier, timestamp, payloadType, payloadRevision, payload,
                                     metaData);
    }
}
