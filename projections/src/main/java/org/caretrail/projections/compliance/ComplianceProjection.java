package org.caretrail.projections.compliance;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Optional;
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
import org.caretrail.projections.support.ReadModelVersion;
import org.springframework.stereotype.Component;

/**
 * The compliance read model: per episode its {@link ClockFacts} and clocks, and per clock the stretches of
 * time in which it needs action (see {@link ComplianceStore}). Each event replaces the episode's judgement whole;
 * an event at or below the stored version is a redelivery and is skipped, so no contact ever counts twice.
 */
@Component
// 2: clocks of the coding-era rules and each episode's case manager (decision 0017, the worklist filters)
@ReadModelVersion(2)
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

    /** The events some clock or the worklist depends on ({@link ClockFactsChanges}); the others change nothing here. */
    @EventHandler
    void on(EpisodeEvent event, @SequenceNumber long sequence) {
        if (ClockFactsChanges.concerns(event)) {
            apply(event, sequence);
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

    /**
     * Judges the episode after the event, and keeps the judgement in the batch. An episode with several clock events
     * in one batch is judged once, after the last of them, when every change and that judgement succeed
     * ({@link BatchRun}); otherwise each of its events is judged as it comes, so a failing event fails alone.
     */
    private void apply(EpisodeEvent event, long sequence) {
        String episodeId = event.episodeId();
        ProjectionBatches.handle(this, store::openBatch, batch -> {
            BatchRun run = batch.run(episodeId);
            if (run != null && run.expects(sequence)) {
                run.handled().ifPresent(judged -> batch.save(judged.episode(), judged.spans()));
                return;
            }
            StoredEpisode episode = batch.find(episodeId).orElseGet(StoredEpisode::new);
            long version = episode.version;
            ClockFacts base = episode.facts;
            if (run != null && run.handledUpTo() > version) {
                // a run cut short: this event follows the run's events handled so far
                version = run.handledUpTo();
                base = run.factsHandled();
            }
            if (sequence <= version) {
                return;
            }
            if (run == null) {
                List<BatchRun.ClockEvent> ahead = batch.firstLookAhead(episodeId, version);
                if (ahead.size() > 1 && ahead.get(0).sequence() == sequence) {
                    Optional<BatchRun> judged = BatchRun.judge(base, ahead,
                            (seq, facts) -> judge(episodeId, seq, facts));
                    if (judged.isPresent()) {
                        batch.keep(episodeId, judged.get());
                        judged.get().handled();
                        return;
                    }
                }
            }
            ClockFacts facts = ClockFactsChanges.apply(base, event);
            if (facts == null) {
                throw new IllegalStateException("episode " + episodeId + " has no admission before event " + sequence);
            }
            BatchRun.Judged judged = judge(episodeId, sequence, facts);
            batch.save(judged.episode(), judged.spans());
        });
    }

    private BatchRun.Judged judge(String episodeId, long sequence, ClockFacts facts) {
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
        return new BatchRun.Judged(judged, spans);
    }

    private FacilityCalendar calendarOf(String facilityId) {
        return facilities.calendarOf(facilityId);
    }
}
