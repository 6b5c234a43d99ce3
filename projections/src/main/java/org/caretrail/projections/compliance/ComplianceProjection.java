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
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.FollowUpContactRecordedEvent;
import org.caretrail.domain.episode.api.NoticeDeliveredEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.PostAcuteChoiceDocumentedEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralDeclinedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
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

    @EventHandler
    void on(PatientAdmittedEvent event, @SequenceNumber long sequence) {
        ClockFacts admitted = ClockFacts.admitted(event.episodeId(), event.patientId(), event.facilityId(),
                event.payer(), event.patientClass(), event.occurredAt());
        apply(event.episodeId(), sequence, facts -> admitted);
    }

    @EventHandler
    void on(PatientClassChangedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence,
                facts -> facts.withClassChange(event.toClass(), event.occurredAt()));
    }

    @EventHandler
    void on(PatientDischargedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence,
                facts -> facts.withDischarge(new Discharge(event.occurredAt(), event.disposition())));
    }

    @EventHandler
    void on(DispositionRecordedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, facts -> facts.discharge() == null ? facts
                : facts.withDischarge(new Discharge(facts.discharge().dischargedAt(), event.disposition())));
    }

    @EventHandler
    void on(DischargeCancelledEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, ClockFacts::withoutDischarge);
    }

    @EventHandler
    void on(EpisodeCancelledEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, ClockFacts::asCancelled);
    }

    @EventHandler
    void on(EpisodeDetailsCorrectedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence,
                facts -> event.payer() == null ? facts : facts.withPayer(event.payer()));
    }

    @EventHandler
    void on(NoticeDeliveredEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence,
                facts -> facts.withNotice(new Notice(event.notice(), event.outcome(), event.occurredAt())));
    }

    @EventHandler
    void on(FollowUpContactRecordedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence,
                facts -> facts.withContact(new FollowUpContact(event.occurredAt(), event.successful())));
    }

    @EventHandler
    void on(PostAcuteChoiceDocumentedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, facts -> facts.withChoiceList(event.occurredAt()));
    }

    @EventHandler
    void on(ReferralPlacedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, facts -> facts.withReferral(
                Referral.placed(event.referralId(), event.serviceType().name(), event.occurredAt())));
    }

    @EventHandler
    void on(ReferralAcceptedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, facts -> facts.withReferralAnswered(event.referralId(),
                new ReferralAnswer(ReferralDecision.ACCEPTED, event.occurredAt())));
    }

    @EventHandler
    void on(ReferralDeclinedEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence, facts -> facts.withReferralAnswered(event.referralId(),
                new ReferralAnswer(ReferralDecision.DECLINED, event.occurredAt())));
    }

    @EventHandler
    void on(ReferralCancelledEvent event, @SequenceNumber long sequence) {
        apply(event.episodeId(), sequence,
                facts -> facts.withReferralCancelled(event.referralId(), event.occurredAt()));
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
