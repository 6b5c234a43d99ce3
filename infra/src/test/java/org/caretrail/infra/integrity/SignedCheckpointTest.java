package org.caretrail.infra.integrity;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.infra.integrity.Store.event;

import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.caretrail.infra.eventstore.StoredPosition;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Someone with full database access but without the key: rewrites history and re-makes the
 * checkpoints, deletes checkpoints, deletes the newest events. Each is found.
 */
class SignedCheckpointTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final CheckpointSeal SEAL = new CheckpointSeal("the-real-key-of-thirty-two-bytes".getBytes(
            StandardCharsets.US_ASCII));
    private static final CheckpointSeal OTHER = new CheckpointSeal("an-attackers-key-thirty-two-byte".getBytes(
            StandardCharsets.US_ASCII));

    private Store store;

    @BeforeEach
    void twoEpisodesCheckpointedWithTheKey() {
        store = new Store(mongo.newDatabase());
        store.engine.appendEvents(event("ep-a", 0));
        store.engine.appendEvents(event("ep-a", 1), event("ep-b", 0));
        store.engine.appendEvents(event("ep-a", 2));
        writer(SEAL).catchUp();
    }

    @Test
    void aSignedStoreVerifiesAndEveryCheckpointCarriesItsSignature() {
        assertThat(verify(null).ok()).isTrue();
        assertThat(store.checkpoints.latest().orElseThrow().signature()).hasSize(64);
        assertThat(SEAL.valid(store.checkpoints.latest().orElseThrow())).isTrue();
    }

    @Test
    void aWholeEpisodeRewrittenAndRehashedWithItsCheckpointsMadeAgainIsFound() {
        rewriteEpisodeA();
        store.database.getCollection(CheckpointStore.DEFAULT_COLLECTION).deleteMany(new BsonDocument());
        writer(null).catchUp(); // the checkpoints an attacker can make: every hash right, no signature

        VerificationReport report = verify(null);

        assertThat(report.ok()).isFalse();
        assertThat(report.reason()).contains("checkpoint 1 is unsigned or not signed with this key");
    }

    @Test
    void checkpointsReSignedWithAnotherKeyAreFound() {
        rewriteEpisodeA();
        store.database.getCollection(CheckpointStore.DEFAULT_COLLECTION).deleteMany(new BsonDocument());
        writer(OTHER).catchUp();

        assertThat(verify(null).reason()).contains("not signed with this key");
    }

    @Test
    void theApplicationDoesNotSealOverAForgedCheckpoint() {
        store.database.getCollection(CheckpointStore.DEFAULT_COLLECTION).deleteMany(new BsonDocument());
        writer(OTHER).catchUp();
        store.engine.appendEvents(event("ep-a", 3));

        assertThatThrownBy(() -> writer(SEAL).catchUp()).hasMessageContaining("not signed with this");
    }

    @Test
    void deletedCheckpointsAreFoundAgainstAnExportedOne() {
        Checkpoint exported = store.checkpoints.latest().orElseThrow();
        store.database.getCollection(CheckpointStore.DEFAULT_COLLECTION).deleteMany(new BsonDocument());

        assertThat(verify(null).ok()).as("without an anchor, no checkpoint looks like a young store").isTrue();
        VerificationReport report = verify(exported);
        assertThat(report.ok()).isFalse();
        assertThat(report.reason()).contains("exported checkpoint 1 is gone");
    }

    @Test
    void anExportedCheckpointThatWasEditedIsRefused() {
        Checkpoint exported = store.checkpoints.latest().orElseThrow();
        Checkpoint edited = new Checkpoint(exported.number(), exported.fromPosition(), exported.position(),
                "0".repeat(64), exported.previousHash(), exported.events(), exported.absentPositions(),
                exported.createdAt(), exported.allocatedHead(), exported.signature());

        assertThat(verify(edited).reason()).contains("exported checkpoint 1 is not signed with this key");
        assertThat(verify(exported).ok()).isTrue();
    }

    @Test
    void theNewestEventsDeletedWithTheCounterSetBackAreFound() {
        store.deleteCommitAt(4);
        // back to the last position left, so nothing above it looks missing (the counter may have run past 4: the
        // engine reserves positions in blocks, decision 0027)
        store.database.getCollection("event_counters", BsonDocument.class)
                .updateOne(eq("_id", "globalPosition"), Updates.set("value", 3L));

        VerificationReport report = verify(null);

        assertThat(report.ok()).isFalse();
        assertThat(report.reason()).contains("the newest events were deleted");
    }

    private void rewriteEpisodeA() {
        store.editEvent(1, entry -> entry.getDocument("payload").put("text", new BsonString("forged")));
        rehash(1, "0".repeat(64)); // the first event of an episode chains from 64 zeros
        rehash(2, store.positions.find(List.of(1L)).get(1L).storedHash());
        rehash(4, store.positions.find(List.of(2L)).get(2L).storedHash());
        assertThat(new ChainVerifier(store.positions, new CheckpointStore(mongo.newDatabase()), 3).verify().ok())
                .as("the rewritten episode's own chain holds").isTrue();
    }

    private void rehash(long position, String previousHash) {
        StoredPosition stored = store.positions.find(List.of(position)).get(position);
        String hash = stored.expectedHash(previousHash);
        store.editEvent(position, entry -> entry.put("hash", new BsonString(hash)));
    }

    private CheckpointWriter writer(CheckpointSeal seal) {
        return new CheckpointWriter(store.positions, store.checkpoints, Clock.systemUTC(), Store.SETTLE, 1_000, seal);
    }

    private VerificationReport verify(Checkpoint anchor) {
        return new ChainVerifier(store.positions, store.checkpoints, 3, SEAL).verify(anchor);
    }
}
