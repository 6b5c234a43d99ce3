package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.EpisodeComplianceResponse;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceKnownAtQuery;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.facility.FacilityCalendar;
import org.caretrail.projections.history.RecordedHistory;
import org.springframework.stereotype.Component;

/**
 * An episode's clocks at asOf as they were known at a past instant: the events recorded by then, folded into
 * {@link ClockFacts} by {@link ClockFactsChanges} and judged as the projection judges its stored facts.
 * Nothing is stored.
 */
@Component
public class ComplianceKnownAt {

    private final RecordedHistory history;
    private final Facilities facilities;
    private final ComplianceSettings settings;

    public ComplianceKnownAt(RecordedHistory history, Facilities facilities, ComplianceSettings settings) {
        this.history = history;
        this.facilities = facilities;
        this.settings = settings;
    }

    @QueryHandler
    Optional<EpisodeComplianceResponse> handle(FindEpisodeComplianceKnownAtQuery query) {
        return replay(query.episodeId(), history.recordedBy(query.episodeId(), query.knownAt()), query.asOf());
    }

    /** The clocks from exactly these events; empty when they hold no admission. */
    Optional<EpisodeComplianceResponse> replay(String episodeId, List<DomainEventMessage<?>> recorded,
                                               Instant asOf) {
        ClockFacts facts = null;
        for (DomainEventMessage<?> message : recorded) {
            if (message.getPayload() instanceof EpisodeEvent event) {
                facts = ClockFactsChanges.apply(facts, event);
            }
        }
        if (facts == null) {
            return Optional.empty();
        }
        FacilityCalendar calendar = facilities.calendarOf(facts.facilityId());
        EpisodeClocks evaluation = ComplianceEvaluator.evaluateEpisode(facts, calendar, settings,
                ComplianceEvaluator.latestFact(facts));
        return Optional.of(ComplianceReading.response(episodeId, asOf,
                ComplianceReading.clocksAt(facts, evaluation, calendar, settings, asOf)));
    }
}
