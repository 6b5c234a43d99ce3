package org.caretrail.projections.notification;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeCodedEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralDeclinedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.notification.api.NotificationRecipientRegisteredEvent;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.patient.api.CareTeamMemberAssignedEvent;
import org.caretrail.domain.patient.api.NotificationPreferenceRecordedEvent;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.support.DocumentMapper;
import org.caretrail.projections.support.ProjectionBatches;
import org.caretrail.projections.support.ReadModelVersion;
import org.springframework.stereotype.Component;

/**
 * Decides who must be told of each triggering event (42 CFR 482.24(d)) and writes the notices into the outbox, in
 * the batch of the event's token. It runs as one segment, so that it sees every event in the event store's order:
 * the care team, preference and registrations it routes with are those recorded before the event.
 * A replay rebuilds what routing knows but puts nothing new in the outbox: old events are never notified twice.
 */
@Component
@ReadModelVersion(1)
@ProcessingGroup(ProcessingGroups.NOTIFICATION_ROUTING)
public class NotificationRoutingProjection {


    private final RoutingCollections collections;
    private final DocumentMapper mapper = new DocumentMapper();

    public NotificationRoutingProjection(MongoDatabase database) {
        this.collections = RoutingCollections.in(database);
    }

    @EventHandler
    void on(CareTeamMemberAssignedEvent event, TrackingToken token) {
        long position = position(token);
        batch(batch -> batch.put(batch.patient(event.patientId()).with(new MemberEntry(position, event.recipientId(),
                event.relationship(), event.effectiveFrom(), event.effectiveTo()))));
    }

    @EventHandler
    void on(NotificationPreferenceRecordedEvent event, TrackingToken token, @Timestamp Instant recordedAt) {
        long position = position(token);
        batch(batch -> batch.put(batch.patient(event.patientId()).with(new PreferenceEntry(position, event.optOut(),
                event.effectiveAt(), event.reason(), recordedAt))));
    }

    @EventHandler
    void on(NotificationRecipientRegisteredEvent event, TrackingToken token) {
        RecipientEntry version = new RecipientEntry(position(token), event.recipientId(), event.name(), event.channel(),
                event.endpoint(), event.triggers(), event.includeDiagnosis());
        batch(batch -> batch.put(batch.recipient(event.recipientId())
                .orElseGet(() -> new RecipientRecord(event.recipientId(), List.of())).with(version)));
    }

    @EventHandler
    void on(PatientAdmittedEvent event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        long position = position(token);
        batch(batch -> {
            EpisodeRecord episode = batch.episode(event.episodeId())
                    .orElseGet(() -> EpisodeRecord.of(event.episodeId(), event.patientId(), event.facilityId()))
                    .with(EpisodeEntry.patientClass(position, event.patientClass()));
            if (event.principalDiagnosis() != null) {
                episode = episode.with(EpisodeEntry.diagnosis(position, event.principalDiagnosis()));
            }
            route(batch, episode, new TriggeringEvent(message.getIdentifier(), position, recordedAt, event.episodeId(),
                    event.patientId(), event.facilityId(), event.occurredAt(), TriggerRules.admission(event.patientClass()),
                    false, event.patientClass(), null, null), replay);
        });
    }

    @EventHandler
    void on(PatientClassChangedEvent event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        long position = position(token);
        withEpisode(event.episodeId(), (batch, known) -> {
            EpisodeRecord episode = known.with(EpisodeEntry.patientClass(position, event.toClass()));
            Optional<NotificationTrigger> trigger = TriggerRules.classChange(event.fromClass(), event.toClass());
            if (trigger.isEmpty()) {
                batch.put(episode);
                return;
            }
            route(batch, episode, new TriggeringEvent(message.getIdentifier(), position, recordedAt, event.episodeId(),
                    event.patientId(), event.facilityId(), event.occurredAt(), trigger.get(), false, event.toClass(),
                    null, null), replay);
        });
    }

    @EventHandler
    void on(EpisodeDetailsCorrectedEvent event, TrackingToken token) {
        long position = position(token);
        if (event.principalDiagnosis() != null) {
            withEpisode(event.episodeId(), (batch, episode) ->
                    batch.put(episode.with(EpisodeEntry.diagnosis(position, event.principalDiagnosis()))));
        }
    }

    @EventHandler
    void on(EpisodeCodedEvent event, TrackingToken token) {
        long position = position(token);
        withEpisode(event.episodeId(), (batch, episode) ->
                batch.put(episode.with(EpisodeEntry.diagnosis(position, event.principalDiagnosis().code()))));
    }

    @EventHandler
    void on(ReferralPlacedEvent event, TrackingToken token) {
        referral(event.episodeId(), position(token), true, event.referralId(), event.providerId());
    }

    @EventHandler
    void on(ReferralAcceptedEvent event, TrackingToken token) {
        referral(event.episodeId(), position(token), true, event.referralId(), event.providerId());
    }

    @EventHandler
    void on(ReferralDeclinedEvent event, TrackingToken token) {
        referral(event.episodeId(), position(token), false, event.referralId(), event.providerId());
    }

    @EventHandler
    void on(ReferralCancelledEvent event, TrackingToken token) {
        referral(event.episodeId(), position(token), false, event.referralId(), event.providerId());
    }

    @EventHandler
    void on(PatientDischargedEvent event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        long position = position(token);
        withEpisode(event.episodeId(), (batch, episode) -> route(batch, episode, new TriggeringEvent(
                message.getIdentifier(), position, recordedAt, event.episodeId(), event.patientId(), event.facilityId(),
                event.occurredAt(), TriggerRules.discharge(event.disposition()), false, event.finalClass(),
                event.disposition(), event.destinationProviderId()), replay));
    }

    @EventHandler
    void on(DischargeCancelledEvent event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        long position = position(token);
        withEpisode(event.episodeId(), (batch, episode) -> route(batch, episode, new TriggeringEvent(
                message.getIdentifier(), position, recordedAt, event.episodeId(), event.patientId(), event.facilityId(),
                event.occurredAt(), NotificationTrigger.DISCHARGE, true, episode.patientClassBefore(position), null,
                null), replay));
    }

    @EventHandler
    void on(EpisodeCancelledEvent event, EventMessage<?> message, TrackingToken token, @Timestamp Instant recordedAt,
            ReplayStatus replay) {
        long position = position(token);
        withEpisode(event.episodeId(), (batch, episode) -> route(batch, episode, new TriggeringEvent(
                message.getIdentifier(), position, recordedAt, event.episodeId(), event.patientId(), event.facilityId(),
                event.occurredAt(), null, true, episode.patientClassBefore(position), null, null), replay));
    }

    @ResetHandler
    void reset() {
        // the outbox and the delivery log are not routing's to forget: a rebuild must not send old events again
        collections.patients().deleteMany(new Document());
        collections.recipients().deleteMany(new Document());
        collections.episodes().deleteMany(new Document());
    }

    private void route(RoutingBatch batch, EpisodeRecord episode, TriggeringEvent event, ReplayStatus replay) {
        PatientRecord patient = batch.patient(event.patientId());
        BiFunction<String, Long, Optional<RecipientEntry>> registered =
                (recipientId, position) -> batch.recipient(recipientId).flatMap(recipient -> recipient.before(position));
        List<Routed> routed = event.cancellation()
                ? NotificationRouting.cancel(event, episode, registered)
                : NotificationRouting.route(event, episode, patient, registered);
        String diagnosis = episode.diagnosisBefore(event.position() + 1);
        EpisodeRecord updated = episode;
        for (int index = 0; index < routed.size(); index++) {
            Routed notice = routed.get(index);
            String notificationId = OutboxDocuments.notificationId(event.eventId(), notice.recipient().recipientId());
            if (!replay.isReplay()) {
                batch.insertNotice(OutboxDocuments.notice(event, notice, notificationId, index, diagnosis));
            }
            if (notice.cancelsNotificationId() != null) {
                updated = updated.with(EpisodeEntry.cancellationSent(event.position(), notice.cancelsNotificationId()));
            } else if (!notice.suppressed()) {
                updated = updated.with(EpisodeEntry.notified(event.position(), notice, notificationId));
            }
        }
        if (!event.cancellation()) {
            boolean optedOut = patient.preferenceAt(event.occurredAt(), event.position())
                    .map(PreferenceEntry::optOut).orElse(false);
            batch.insertTriggeringEvent(OutboxDocuments.triggeringEvent(event, routed.size(), optedOut));
        }
        batch.put(updated);
    }

    private void referral(String episodeId, long position, boolean open, String referralId, String providerId) {
        withEpisode(episodeId, (batch, episode) ->
                batch.put(episode.with(EpisodeEntry.referral(position, open, referralId, providerId))));
    }

    /**
     * Routing starts at the beginning of the store, so it knows every admitted episode; an event of an episode it
     * does not know has no admission in the store and nobody to tell.
     */
    private void withEpisode(String episodeId, BiConsumer<RoutingBatch, EpisodeRecord> handling) {
        batch(batch -> batch.episode(episodeId).ifPresent(episode -> handling.accept(batch, episode)));
    }

    private void batch(Consumer<RoutingBatch> handling) {
        ProjectionBatches.handle(this, messages -> {
            RoutingBatch batch = new RoutingBatch(collections, mapper);
            batch.readAhead(messages);
            return batch;
        }, handling);
    }

    private static long position(TrackingToken token) {
        if (token == null || token.position().isEmpty()) {
            throw new IllegalStateException("routing needs each event's position in the event store");
        }
        return token.position().getAsLong();
    }
}
