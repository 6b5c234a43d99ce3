package org.caretrail.projections.readmission;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.caretrail.domain.episode.api.EpisodeEvent;

/**
 * Sequences the readmission projection by patient: every event of one patient, whatever its episode, is handled by
 * the same segment in store order, so a patient is never judged from a read that another segment is changing.
 * Anything else is sequenced by aggregate, as Axon's default does.
 */
public final class PatientSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof EpisodeEvent episodeEvent) {
            return episodeEvent.patientId();
        }
        return event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier()
                : event.getIdentifier();
    }
}
