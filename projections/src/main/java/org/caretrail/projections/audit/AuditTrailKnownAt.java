package org.caretrail.projections.audit;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.caretrail.domain.audit.api.AuditEntry;
import org.caretrail.domain.audit.api.AuditTrail;
import org.caretrail.domain.audit.api.FindAuditTrailKnownAtQuery;
import org.caretrail.projections.history.RecordedHistory;
import org.springframework.stereotype.Component;

/**
 * An episode's audit trail as it stood at a past instant: one entry per event recorded by then, built by the
 * projection's own {@link AuditTrailProjection#entry} from the event store's stream. Nothing is stored.
 */
@Component
public class AuditTrailKnownAt {

    private final RecordedHistory history;

    public AuditTrailKnownAt(RecordedHistory history) {
        this.history = history;
    }

    @QueryHandler
    Optional<AuditTrail> handle(FindAuditTrailKnownAtQuery query) {
        return replay(query.episodeId(), history.recordedBy(query.episodeId(), query.knownAt()));
    }

    /** The trail of exactly these events; empty when there are none. */
    static Optional<AuditTrail> replay(String episodeId, List<DomainEventMessage<?>> recorded) {
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        List<AuditEntry> entries = recorded.stream()
                .map(message -> AuditTrailProjection.toEntry(AuditTrailProjection.entry(message.getPayload(), message,
                        episodeId, message.getSequenceNumber(), message.getTimestamp())))
                .toList();
        return Optional.of(new AuditTrail(episodeId, entries));
    }
}
