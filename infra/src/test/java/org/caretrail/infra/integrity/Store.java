package org.caretrail.infra.integrity;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.serialization.CareTrailSerializers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** An event store in one test database, with the integrity checks over it and ways to tamper with it directly. */
final class Store {

    static final Duration SETTLE = Duration.ofSeconds(60);

    final MongoDatabase database;
    final MongoCollection<BsonDocument> events;
    final StoredPositions positions;
    final CheckpointStore checkpoints;
    CareTrailEventStorageEngine engine;

    Store(MongoDatabase database) {
        this.database = database;
        this.events = database.getCollection("events", BsonDocument.class);
        this.positions = StoredPositions.open(database);
        this.checkpoints = new CheckpointStore(database);
        restart();
    }

    /** A new engine on the same database, as after a restart of the application. */
    void restart() {
        engine = CareTrailEventStorageEngine.builder()
                                            .database(database)
                                            .eventSerializer(CareTrailSerializers.jackson())
                                            .snapshotSerializer(CareTrailSerializers.jackson())
                                            .build();
        engine.ensureIndexes();
    }

    static DomainEventMessage<VisitNoted> event(String episode, long sequence) {
        return new GenericDomainEventMessage<>("Episode", episode, sequence,
                                               new VisitNoted(episode, "note " + sequence, new BigDecimal("1.50")),
                                               MetaData.with("actor", "nurse-7").and("role", "CASE_MANAGER"));
    }

    VerificationReport verify() {
        return new ChainVerifier(positions, checkpoints, 3).verify();
    }

    CheckpointWriter writer(Clock clock) {
        return new CheckpointWriter(positions, checkpoints, clock, SETTLE, 1_000);
    }

    /** Edits the stored event at a global position in place, behind the engine's back. */
    void editEvent(long position, Consumer<BsonDocument> edit) {
        BsonDocument commit = commitAt(position);
        for (BsonValue entry : commit.getArray("events")) {
            if (entry.asDocument().getNumber("globalIndex").longValue() == position) {
                edit.accept(entry.asDocument());
            }
        }
        events.replaceOne(Filters.eq("_id", commit.get("_id")), commit);
    }

    void deleteCommitAt(long position) {
        events.deleteOne(Filters.eq("_id", commitAt(position).get("_id")));
    }

    /** Takes the next global position as an append that dies before it stores its commit would. */
    void allocateWithoutStoring() {
        database.getCollection("event_counters", BsonDocument.class)
                .updateOne(Filters.eq("_id", "globalPosition"), Updates.inc("value", 1L));
    }

    BsonDocument commitAt(long position) {
        BsonDocument commit = events.find(Filters.eq("positions", position)).first();
        if (commit == null) {
            throw new AssertionError("No commit holds position " + position);
        }
        return commit;
    }
}
