package org.caretrail.projections.episodeview;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.SourceId;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.caretrail.domain.episode.api.CaseManagerAssignedEvent;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.DispositionRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FacilityIds;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.episode.api.FindFacilitiesQuery;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.PatientTransferredEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralDeclinedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ReferralStatus;
import org.caretrail.domain.episode.api.TransferCancelledEvent;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.support.DocumentBatch;
import org.caretrail.projections.support.DocumentMapper;
import org.caretrail.projections.support.ProjectionBatches;
import org.springframework.stereotype.Component;

/**
 * The episode view read model: one document per episode in {@code episode_view}, kept by
 * replacing it whole once per processor batch; an event at or below the stored version is a
 * redelivery and is skipped, so replays and crashes never apply anything twice.
 */
@Component
@ProcessingGroup(ProcessingGroups.EPISODE_VIEW)
public class EpisodeViewProjection {

    public static final String COLLECTION = "episode_view";

    private final MongoCollection<Document> views;
    private final DocumentMapper mapper = new DocumentMapper();
    private final EpisodeList list;

    public EpisodeViewProjection(MongoDatabase database) {
        this.views = database.getCollection(COLLECTION);
        this.list = new EpisodeList(views, mapper);
    }

    @EventHandler
    void on(PatientAdmittedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> {
            state.patientId = event.patientId();
            state.facilityId = event.facilityId();
            state.status = EpisodeStatus.ACTIVE;
            state.admittedAt = event.occurredAt();
            state.addSlice(event.patientClass(), event.occurredAt());
            state.payer = event.payer();
            state.unit = event.unit();
            state.principalDiagnosis = event.principalDiagnosis();
            state.planned = event.planned();
        });
    }

    @EventHandler
    void on(PatientClassChangedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> state.addSlice(event.toClass(), event.occurredAt()));
    }

    @EventHandler
    void on(PatientTransferredEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> state.unit = event.toUnit());
    }

    @EventHandler
    void on(TransferCancelledEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> state.unit = event.restoredUnit());
    }

    @EventHandler
    void on(CaseManagerAssignedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> state.caseManagerId = event.caseManagerId());
    }

    @EventHandler
    void on(ReferralPlacedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> {
            EpisodeState.Referral referral = new EpisodeState.Referral();
            referral.referralId = event.referralId();
            referral.serviceType = event.serviceType();
            referral.providerId = event.providerId();
            referral.status = ReferralStatus.PLACED;
            referral.placedAt = event.occurredAt();
            state.referrals.put(event.referralId(), referral);
        });
    }

    @EventHandler
    void on(ReferralAcceptedEvent event, @SequenceNumber long sequence) {
        answer(event.episodeId(), sequence, event.referralId(), ReferralStatus.ACCEPTED, event.occurredAt());
    }

    @EventHandler
    void on(ReferralDeclinedEvent event, @SequenceNumber long sequence) {
        answer(event.episodeId(), sequence, event.referralId(), ReferralStatus.DECLINED, event.occurredAt());
    }

    @EventHandler
    void on(ReferralCancelledEvent event, @SequenceNumber long sequence) {
        answer(event.episodeId(), sequence, event.referralId(), ReferralStatus.CANCELLED, event.occurredAt());
    }

    @EventHandler
    void on(PatientDischargedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> {
            state.status = EpisodeStatus.DISCHARGED;
            state.dischargedAt = event.occurredAt();
            state.disposition = event.disposition();
        });
    }

    @EventHandler
    void on(DispositionRecordedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> state.disposition = event.disposition());
    }

    @EventHandler
    void on(DischargeCancelledEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> {
            state.status = EpisodeStatus.ACTIVE;
            state.dischargedAt = null;
            state.disposition = null;
        });
    }

    @EventHandler
    void on(EpisodeCancelledEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> state.status = EpisodeStatus.CANCELLED);
    }

    @EventHandler
    void on(EpisodeDetailsCorrectedEvent event, @SequenceNumber long sequence) {
        update(event.episodeId(), sequence, state -> {
            Optional.ofNullable(event.principalDiagnosis()).ifPresent(d -> state.principalDiagnosis = d);
            Optional.ofNullable(event.payer()).ifPresent(p -> state.payer = p);
            Optional.ofNullable(event.planned()).ifPresent(p -> state.planned = p);
            Optional.ofNullable(event.unit()).ifPresent(u -> state.unit = u);
        });
    }

    /** Events that change nothing shown here still move the version, so it counts every event. */
    @EventHandler
    void on(Object otherEpisodeEvent, @SourceId String episodeId, @SequenceNumber long sequence) {
        update(episodeId, sequence, state -> { });
    }

    @QueryHandler
    Optional<EpisodeView> handle(FindEpisodeQuery query) {
        return Optional.ofNullable(views.find(eq("_id", query.episodeId())).first())
                .map(document -> mapper.fromDocument(document, EpisodeState.class))
                .filter(state -> state.status != null)
                .map(EpisodeState::toView);
    }

    @QueryHandler
    EpisodePage handle(ListEpisodesQuery query) {
        return list.list(query);
    }

    @QueryHandler
    FacilityIds handle(FindFacilitiesQuery query) {
        return list.facilities();
    }

    @ResetHandler
    void reset() {
        views.deleteMany(new Document());
    }

    private void answer(String episodeId, long sequence, String referralId, ReferralStatus status,
                        java.time.Instant at) {
        update(episodeId, sequence, state -> {
            EpisodeState.Referral referral = state.referrals.get(referralId);
            if (referral != null) {
                referral.status = status;
                referral.answeredAt = at;
            }
        });
    }

    private void update(String episodeId, long sequence, Consumer<EpisodeState> change) {
        ProjectionBatches.handle(this, this::openBatch, batch -> {
            EpisodeState state = batch.states.get(episodeId);
            if (state == null) {
                state = batch.documents.get(episodeId)
                        .map(document -> mapper.fromDocument(document, EpisodeState.class))
                        .orElseGet(EpisodeState::new);
            }
            if (sequence <= state.version) {
                return;
            }
            // the state is kept decoded for the batch's next event; an event that fails drops it, and the next
            // one decodes the document of the last event that succeeded
            batch.states.remove(episodeId);
            state.id = episodeId;
            change.accept(state);
            state.version = sequence;
            batch.documents.put(episodeId, list.toDocument(state));
            batch.states.put(episodeId, state);
        });
    }

    private ViewBatch openBatch(List<? extends EventMessage<?>> messages) {
        ViewBatch batch = new ViewBatch(new DocumentBatch(views));
        batch.documents.readAhead(ProjectionBatches.aggregateIds(messages));
        return batch;
    }

    /** A batch's documents, with each episode's state decoded once per batch rather than once per event. */
    private static final class ViewBatch implements ProjectionBatches.Batch {
        private final DocumentBatch documents;
        private final java.util.Map<String, EpisodeState> states = new java.util.HashMap<>();

        private ViewBatch(DocumentBatch documents) {
            this.documents = documents;
        }

        @Override
        public void flush() {
            documents.flush();
        }
    }
}
