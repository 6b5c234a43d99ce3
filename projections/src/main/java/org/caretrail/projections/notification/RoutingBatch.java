package org.caretrail.projections.notification;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.projections.support.DocumentBatch;
import org.caretrail.projections.support.DocumentMapper;
import org.caretrail.projections.support.ProjectionBatches;

/**
 * Routing's writes for one processor batch. The outbox and the triggering events are written first and only ever
 * inserted ({@code $setOnInsert}, keyed by stable ids), then routing's own knowledge of patients, recipients and
 * episodes: all before the batch's token (decision 0005), so that a crash either redelivers the batch, which
 * produces the same ids and so no second notice, or has written everything.
 */
final class RoutingBatch implements ProjectionBatches.Batch {

    private static final UpdateOptions INSERT_ONLY = new UpdateOptions().upsert(true);

    private final DocumentMapper mapper;
    private final DocumentBatch patients;
    private final DocumentBatch recipients;
    private final DocumentBatch episodes;
    private final MongoCollection<Document> outbox;
    private final MongoCollection<Document> events;
    private final List<WriteModel<Document>> notices = new ArrayList<>();
    private final List<WriteModel<Document>> triggeringEvents = new ArrayList<>();

    RoutingBatch(RoutingCollections collections, DocumentMapper mapper) {
        this.mapper = mapper;
        this.patients = new DocumentBatch(collections.patients());
        this.recipients = new DocumentBatch(collections.recipients());
        this.episodes = new DocumentBatch(collections.episodes());
        this.outbox = collections.outbox();
        this.events = collections.events();
    }

    /**
     * Reads ahead, in one query per collection, what the batch's events will route with: their episodes, the
     * patients they name, and the recipients those patients' care teams, discharges and referrals name.
     */
    void readAhead(List<? extends EventMessage<?>> messages) {
        episodes.readAhead(ProjectionBatches.aggregateIds(messages));
        Set<String> patientIds = new LinkedHashSet<>();
        Set<String> recipientIds = new LinkedHashSet<>();
        for (EventMessage<?> message : messages) {
            Object payload = message.getPayload();
            if (payload instanceof PatientAdmittedEvent admitted) {
                patientIds.add(admitted.patientId());
            } else if (payload instanceof PatientDischargedEvent discharged) {
                patientIds.add(discharged.patientId());
                Optional.ofNullable(discharged.destinationProviderId()).ifPresent(recipientIds::add);
            } else if (payload instanceof PatientClassChangedEvent changed) {
                patientIds.add(changed.patientId());
            }
        }
        patients.readAhead(List.copyOf(patientIds));
        patientIds.forEach(id -> patient(id).members().forEach(member -> recipientIds.add(member.recipientId())));
        ProjectionBatches.aggregateIds(messages).forEach(id -> episode(id).ifPresent(episode ->
                episode.entries().forEach(entry -> Optional.ofNullable(entry.providerId()).ifPresent(recipientIds::add))));
        recipients.readAhead(List.copyOf(recipientIds));
    }

    PatientRecord patient(String patientId) {
        return patients.get(patientId).map(document -> mapper.fromDocument(document, PatientRecord.class))
                .orElseGet(() -> PatientRecord.empty(patientId));
    }

    void put(PatientRecord patient) {
        patients.put(patient.patientId(), mapper.toDocument(patient));
    }

    Optional<RecipientRecord> recipient(String recipientId) {
        return recipients.get(recipientId).map(document -> mapper.fromDocument(document, RecipientRecord.class));
    }

    void put(RecipientRecord recipient) {
        recipients.put(recipient.recipientId(), mapper.toDocument(recipient));
    }

    Optional<EpisodeRecord> episode(String episodeId) {
        return episodes.get(episodeId).map(document -> mapper.fromDocument(document, EpisodeRecord.class));
    }

    void put(EpisodeRecord episode) {
        episodes.put(episode.episodeId(), mapper.toDocument(episode));
    }

    void insertNotice(Document notice) {
        notices.add(insertOnly(notice));
    }

    void insertTriggeringEvent(Document event) {
        triggeringEvents.add(insertOnly(event));
    }

    @Override
    public void flush() {
        if (!notices.isEmpty()) {
            outbox.bulkWrite(notices);
            notices.clear();
        }
        if (!triggeringEvents.isEmpty()) {
            events.bulkWrite(triggeringEvents);
            triggeringEvents.clear();
        }
        patients.flush();
        recipients.flush();
        episodes.flush();
    }

    private static WriteModel<Document> insertOnly(Document document) {
        Document fields = new Document(document);
        Object id = fields.remove("_id");
        return new UpdateOneModel<>(eq("_id", id), new Document("$setOnInsert", fields), INSERT_ONLY);
    }
}
