package org.caretrail.web.admin;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * One parked event: which event, of which episode at which sequence, and why it was parked
 * ({@code causeType} and {@code causeMessage} are absent for an event parked only because an
 * earlier one of its episode was).
 */
public record ParkedEvent(String sequenceId, String eventId, String type, String aggregateId, Long sequenceNumber,
                          String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched) {

    static ParkedEvent of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        String aggregateId = domain == null ? null : domain.getAggregateIdentifier();
        String sequenceId = letter instanceof MongoDeadLetter<?> stored ? stored.sequenceIdentifier() : aggregateId;
        Cause cause = letter.cause().orElse(null);
        return new ParkedEvent(sequenceId, message.getIdentifier(), message.getPayloadType().getSimpleName(),
                aggregateId, domain == null ? null : domain.getSequenceNumber(),
                cause == null ? null : cause.type(), cause == null ? null : cause.message(),
                letter.enqueuedAt(), letter.lastTouched());
    }
}
