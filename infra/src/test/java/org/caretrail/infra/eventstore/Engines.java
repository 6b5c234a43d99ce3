package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.caretrail.infra.serialization.CareTrailSerializers;

import java.util.function.UnaryOperator;

/** Builds engines and events for the event store tests. */
final class Engines {

    static final String EPISODE = "Episode";

    private Engines() {
    }

    static CareTrailEventStorageEngine engine(MongoDatabase database) {
        return engine(database, UnaryOperator.identity());
    }

    static CareTrailEventStorageEngine engine(MongoDatabase database,
                                              UnaryOperator<CareTrailEventStorageEngine.Builder> customizer) {
        CareTrailEventStorageEngine.Builder builder = CareTrailEventStorageEngine.builder()
                                                                                 .database(database)
                                                                                 .eventSerializer(CareTrailSerializers.jackson())
                                                                                 .snapshotSerializer(CareTrailSerializers.jackson());
        CareTrailEventStorageEngine engine = customizer.apply(builder).build();
        engine.ensureIndexes();
        return engine;
    }

    static DomainEventMessage<NoteRecorded> event(String episodeId, long sequence) {
        return event(episodeId, sequence, "note " + sequence);
    }

    static DomainEventMessage<NoteRecorded> event(String episodeId, long sequence, String text) {
        return new GenericDomainEventMessage<>(EPISODE, episodeId, sequence, NoteRecorded.note(episodeId, text),
                                               MetaData.with("actor", "nurse-7").and("source", "api"));
    }
}
