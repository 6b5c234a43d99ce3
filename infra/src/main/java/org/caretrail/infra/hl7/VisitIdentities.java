package org.caretrail.infra.hl7;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;

/**
 * The patient and facility of each episode, from its admission event, so that a follow-up naming another
 * patient or facility is refused rather than filed to the wrong episode. An admission never changes, so the
 * answers of recent episodes are kept in memory; an episode not known is not kept, it may be admitted soon.
 */
final class VisitIdentities {

    private static final int REMEMBERED = 20_000;

    private final EventStore eventStore;
    private final Map<String, VisitIdentity> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, VisitIdentity> eldest) {
            return size() > REMEMBERED;
        }
    };

    VisitIdentities(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<VisitIdentity> find(String episodeId) {
        synchronized (recent) {
            VisitIdentity known = recent.get(episodeId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        DomainEventStream events = eventStore.readEvents(episodeId);
        if (!events.hasNext() || !(events.next().getPayload() instanceof PatientAdmittedEvent admitted)) {
            return Optional.empty();
        }
        VisitIdentity identity = new VisitIdentity(admitted.patientId(), admitted.facilityId());
        remember(episodeId, identity);
        return Optional.of(identity);
    }

    void remember(String episodeId, VisitIdentity identity) {
        synchronized (recent) {
            recent.put(episodeId, identity);
        }
    }
}
