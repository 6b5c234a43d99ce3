package org.caretrail.projections.compliance;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.caretrail.domain.compliance.api.ClockPage;
import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.CountClockStatusesQuery;
import org.caretrail.domain.compliance.api.CountOverdueClocksQuery;
import org.caretrail.domain.compliance.api.EpisodeComplianceResponse;
import org.caretrail.domain.compliance.api.FindClocksQuery;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceQuery;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.OverdueClocksResponse;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.facility.FacilityCalendar;
import org.caretrail.projections.support.ProjectionBatches;
import org.springframework.stereotype.Component;

/**
 * The compliance read model: per episode its {@link ClockFacts} and clocks, and per clock the stretches of
 * time in which it needs action (see {@link ComplianceStore}). Each event replaces the episode's judgement whole;
 * an event at or below the stored version is a redelivery and is skipped, so no contact ever counts twice.
 */
@Component
@ProcessingGroup(ProcessingGroups.COMPLIANCE)
public class ComplianceProjection {


    private final ComplianceStore store;
    private final ComplianceReading reading;
    private final Facilities facilities;
    private final ComplianceSettings settings;

    public ComplianceProjection(MongoDatabase database, Facilities facilities, ComplianceSettings settings) {
        this.store = new ComplianceStore(database);
        this.facilities = facilities;
        this.settings = settings;
        this.reading = new ComplianceReading(store, this::calendarOf, settings);
    }

    /** The events some clock depends on ({@link ClockFactsChanges}); the others change nothing here. */
    @EventHandler
    void on(EpisodeEvent event, @SequenceNumber long sequence) {
        if (ClockFactsChanges.concerns(event)) {
            apply(event.episodeId(), sequence, facts -> ClockFactsChanges.apply(facts, event));
        }
    }

    @QueryHandler
    Optional<EpisodeComplianceResponse> handle(FindEpisodeComplianceQuery query) {
        return reading.episode(query);
    }

    @QueryHandler
    WorklistResponse handle(FindWorklistQuery query) {
        return reading.worklist(query);
    }

    @QueryHandler
    ComplianceReportResponse handle(CountClockStatusesQuery query) {
        return reading.report(query);
    }

    @QueryHandler
    ClockPage handle(FindClocksQuery query) {
        return reading.clocks(query);
    }

    @QueryHandler
    OverdueClocksResponse handle(CountOverdueClocksQuery query) {
        return reading.overdue(query);
    }

    @ResetHandler
    void reset() {
        store.clear();
    }

    private void apply(String episodeId, long sequence, UnaryOperator<ClockFacts> change) {
        ProjectionBatches.handle(this, messages -> store.openBatch(ProjectionBatches.aggregateIds(messages)), batch -> {
            StoredEpisode episode = batch.find(episodeId).orElseGet(StoredEpisode::new);
            if (sequence <= episode.version) {
                return;
            }
            ClockFacts facts = change.apply(episode.facts);
            if (facts == null) {
                throw new IllegalStateException("episode " + episodeId + " has no admission before event " + sequence);
            }
            FacilityCalendar calendar = calendarOf(facts.facilityId());
            EpisodeClocks evaluation = ComplianceEvaluator.evaluateEpisode(facts, calendar, settings,
                    ComplianceEvaluator.latestFact(facts));
            List<ActionableSpan> spans = ComplianceTimeline.actionableSpans(facts, calendar, settings);
            // a new object: the batch keeps the one it holds unchanged until this event has been judged whole
            StoredEpisode judged = new StoredEpisode();
            judged.id = episodeId;
            judged.version = sequence;
            judged.facts = facts;
            judged.evaluation = evaluation;
            batch.save(judged, spans);
        });
    }

    private FacilityCalendar calendarOf(String facilityId) {
        return facilities.calendarOf(facilityId);
    }
}
