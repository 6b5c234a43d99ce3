package org.caretrail.projections.episodeview;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.caretrail.domain.episode.api.CaseManagerAssignedEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientTransferredEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.InOneBatch;
import org.caretrail.projections.support.ProjectionBatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A processor batch is written once, at its end, before its token, and ends as event-by-event delivery would. */
class EpisodeViewBatchTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aBatchIsWrittenWhenItsTokenIsStoredAndEndsAsEventByEventDelivery() {
        MongoDatabase batched = mongo.newDatabase();
        EpisodeViewProjection projection = new EpisodeViewProjection(batched);
        List<Long> writtenBeforeToken = new ArrayList<>();
        List<Long> writtenAtToken = new ArrayList<>();

        batch().handle(message -> deliver(projection, message), () -> {
            writtenBeforeToken.add(views(batched).countDocuments());
            ProjectionBatches.flushCurrent();
            writtenAtToken.add(views(batched).countDocuments());
        });

        MongoDatabase single = mongo.newDatabase();
        EpisodeViewProjection oneByOne = new EpisodeViewProjection(single);
        for (EventMessage<?> message : messages()) {
            deliver(oneByOne, message);
        }
        assertThat(writtenBeforeToken).containsExactly(0L);
        assertThat(writtenAtToken).containsExactly(2L);
        assertThat(stored(batched)).isEqualTo(stored(single)).hasSize(2);
        assertThat(stored(batched).get(0).get("version")).isEqualTo(3);
    }

    @Test
    void aRedeliveredBatchChangesNothing() {
        MongoDatabase database = mongo.newDatabase();
        EpisodeViewProjection projection = new EpisodeViewProjection(database);
        batch().handle(message -> deliver(projection, message));
        List<Document> once = stored(database);

        batch().handle(message -> deliver(projection, message));

        assertThat(stored(database)).isEqualTo(once);
    }

    private static InOneBatch batch() {
        InOneBatch batch = new InOneBatch();
        messages().forEach(message -> batch.add(((DomainEventMessage<?>) message).getAggregateIdentifier(),
                ((DomainEventMessage<?>) message).getSequenceNumber(), message.getPayload()));
        return batch;
    }

    private static List<EventMessage<?>> messages() {
        List<EventMessage<?>> messages = new ArrayList<>();
        Object[][] events = {
                {"E1", 0L, admitted("E1")},
                {"E2", 0L, admitted("E2")},
                {"E1", 1L, new PatientClassChangedEvent("E1", "P1", "F1", AT.plusSeconds(3600), PatientClass.OBSERVATION,
                        PatientClass.INPATIENT)},
                {"E1", 2L, new PatientTransferredEvent("E1", "P1", "F1", AT.plusSeconds(7200), "ED", "4-WEST")},
                {"E1", 3L, new CaseManagerAssignedEvent("E1", "P1", "F1", AT.plusSeconds(9000), "CM-1")},
        };
        for (Object[] event : events) {
            messages.add(new GenericDomainEventMessage<>("Episode", (String) event[0],
                    (Long) event[1], event[2]));
        }
        return messages;
    }

    private static PatientAdmittedEvent admitted(String episodeId) {
        return new PatientAdmittedEvent(episodeId, "P1", "F1", AT, PatientClass.OBSERVATION, Payer.MEDICARE, "ER", "ED",
                "I50.9", false);
    }

    private static void deliver(EpisodeViewProjection projection, EventMessage<?> message) {
        long sequence = ((DomainEventMessage<?>) message).getSequenceNumber();
        projection.on(message.getPayload(), ((DomainEventMessage<?>) message).getAggregateIdentifier(), sequence);
    }

    private static MongoCollection<Document> views(MongoDatabase database) {
        return database.getCollection(EpisodeViewProjection.COLLECTION);
    }

    private static List<Document> stored(MongoDatabase database) {
        return views(database).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
