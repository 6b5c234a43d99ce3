package org.caretrail.infra.integrity;

import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.infra.integrity.Store.event;

class CheckpointWriterTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private Store store;

    @BeforeEach
    void freshStore() {
        store = new Store(mongo.newDatabase());
    }

    @Test
    void eachCheckpointCoversTheNewPositionsAndFollowsTheOneBefore() {
        CheckpointWriter writer = store.writer(Clock.systemUTC());
        store.engine.appendEvents(event("ep-a", 0), event("ep-a", 1));
        Checkpoint first = writer.catchUp().get(0);
        store.engine.appendEvents(event("ep-a", 2));
        List<Checkpoint> second = writer.catchUp();

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.fromPosition()).isEqualTo(1);
        assertThat(first.position()).isEqualTo(2);
        assertThat(first.events()).isEqualTo(2);
        assertThat(first.hash()).matches("[0-9a-f]{64}").isNotEqualTo(first.previousHash());
        assertThat(second).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.number()).isEqualTo(2);
            assertThat(checkpoint.fromPosition()).isEqualTo(3);
            assertThat(checkpoint.previousHash()).isEqualTo(first.hash());
        });
        assertThat(store.checkpoints.range(1, 10)).containsExactly(first, second.get(0));
    }

    @Test
    void nothingNewWritesNoCheckpoint() {
        CheckpointWriter writer = store.writer(Clock.systemUTC());
        assertThat(writer.writeNext()).isEmpty();

        store.engine.appendEvents(event("ep-a", 0));
        writer.catchUp();

        assertThat(writer.writeNext()).isEmpty();
    }

    @Test
    void aCheckpointNeverCoversMorePositionsThanItsLimit() {
        store.engine.appendEvents(event("ep-a", 0), event("ep-a", 1), event("ep-a", 2));
        CheckpointWriter writer = new CheckpointWriter(store.positions, store.checkpoints, Clock.systemUTC(),
                                                       Store.SETTLE, 2);

        assertThat(writer.catchUp()).extracting(Checkpoint::position).containsExactly(2L, 3L);
    }

    @Test
    void aPositionWhoseAppendMayStillFinishStopsTheCheckpointBeforeIt() {
        store.engine.appendEvents(event("ep-a", 0));
        store.allocateWithoutStoring();
        store.engine.appendEvents(event("ep-a", 1));

        assertThat(store.writer(Clock.systemUTC()).catchUp()).extracting(Checkpoint::position).containsExactly(1L);
    }

    @Test
    void aPositionThatCanNoLongerBeStoredIsRecordedAsAbsentAndVerifies() {
        store.engine.appendEvents(event("ep-a", 0));
        store.allocateWithoutStoring();
        store.engine.appendEvents(event("ep-a", 1));
        Clock later = Clock.offset(Clock.systemUTC(), Store.SETTLE.plus(Duration.ofSeconds(1)));

        List<Checkpoint> written = store.writer(later).catchUp();

        assertThat(written).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.position()).isEqualTo(3);
            assertThat(checkpoint.absentPositions()).containsExactly(2L);
            assertThat(checkpoint.events()).isEqualTo(2);
        });
        assertThat(store.verify().ok()).isTrue();
    }

    @Test
    void anEventForgedIntoAnAbsentPositionIsReported() {
        store.engine.appendEvents(event("ep-a", 0));
        store.allocateWithoutStoring();
        store.engine.appendEvents(event("ep-a", 1));
        store.writer(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(5))).catchUp();
        BsonDocument forged = store.commitAt(3).clone();
        forged.remove("_id");
        forged.remove("streamKeys");
        forged.put("positions", new BsonArray(List.of(new BsonInt64(2))));
        forged.getArray("events").get(0).asDocument().put("globalIndex", new BsonInt64(2));
        forged.put("storedAt", new BsonDateTime(Instant.now().toEpochMilli()));
        store.events.insertOne(forged);

        VerificationReport report = store.verify();

        assertThat(report.firstBrokenPosition()).isEqualTo(2L);
    }

    @Test
    void aSecondWriterOfTheSameCheckpointLeavesTheFirstInPlace() {
        store.engine.appendEvents(event("ep-a", 0));
        Checkpoint first = store.writer(Clock.systemUTC()).writeNext().orElseThrow();
        Checkpoint rival = new Checkpoint(1, 1, 1, "f".repeat(64), first.previousHash(), 1, List.of(), Instant.now());

        assertThat(store.checkpoints.insert(rival)).isFalse();
        assertThat(store.checkpoints.latest()).contains(first);
    }
}
