package org.caretrail.infra.integrity;

import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.caretrail.infra.eventstore.StoredPosition;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.List;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.infra.integrity.Store.event;

/**
 * Edits, deletes and reorders stored documents directly through the driver, as someone with database access could,
 * and expects verification to name the first position that no longer matches.
 */
class TamperTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private Store store;

    // Positions: 1 a:0 | 2 a:1, 3 b:0 | 4 b:1 | 5 a:2 | 6 b:2 | 7 a:3  (a bar separates commits)
    @BeforeEach
    void sevenEventsOfTwoEpisodes() {
        store = new Store(mongo.newDatabase());
        store.engine.appendEvents(event("ep-a", 0));
        store.engine.appendEvents(event("ep-a", 1), event("ep-b", 0));
        store.engine.appendEvents(event("ep-b", 1));
        store.engine.appendEvents(event("ep-a", 2));
        store.engine.appendEvents(event("ep-b", 2));
        store.engine.appendEvents(event("ep-a", 3));
    }

    @Test
    void anUntouchedStoreVerifiesWithEveryEventChecked() {
        assertThat(store.verify()).isEqualTo(new VerificationReport(VerificationStatus.OK, 7, null, null));

        store.writer(Clock.systemUTC()).catchUp();

        assertThat(store.verify()).isEqualTo(new VerificationReport(VerificationStatus.OK, 7, null, null));
    }

    @Test
    void anEditedPayloadIsReportedAtItsPosition() {
        store.editEvent(4, entry -> entry.getDocument("payload").put("text", new BsonString("forged")));

        VerificationReport report = store.verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.BROKEN);
        assertThat(report.firstBrokenPosition()).isEqualTo(4L);
        assertThat(report.reason()).contains("ep-b sequence 1", "no longer matches its hash");
        assertThat(report.checkedEvents()).isEqualTo(7);
    }

    @Test
    void aDecimalRewrittenToAnEqualNumberOfAnotherScaleIsAnEdit() {
        store.editEvent(2, entry -> entry.getDocument("payload").put("score", new BsonDouble(1.5)));

        assertThat(store.verify().firstBrokenPosition()).isEqualTo(2L);
    }

    @Test
    void anEditedActorIsReportedAtItsPosition() {
        store.editEvent(3, entry -> entry.getDocument("metaData").put("actor", new BsonString("someone-else")));

        assertThat(store.verify().firstBrokenPosition()).isEqualTo(3L);
    }

    @Test
    void anEditedTimeIsReportedAtItsPosition() {
        store.editEvent(5, entry -> entry.put("timestamp",
                                              new BsonDateTime(entry.getDateTime("timestamp").getValue() - 60_000)));

        assertThat(store.verify().firstBrokenPosition()).isEqualTo(5L);
    }

    @Test
    void aDeletedCommitInsideAnEpisodeIsReportedAtItsPosition() {
        store.deleteCommitAt(4);

        VerificationReport report = store.verify();

        assertThat(report.firstBrokenPosition()).isEqualTo(4L);
        assertThat(report.reason()).contains("ep-b: sequence 1 is missing");
    }

    @Test
    void aDeletedCommitOfTwoEpisodesIsReportedAtItsFirstPosition() {
        store.deleteCommitAt(2);

        assertThat(store.verify().firstBrokenPosition()).isEqualTo(2L);
    }

    @Test
    void anEventTakenOutOfItsCommitIsReportedAtItsPosition() {
        BsonDocument commit = store.commitAt(3);
        BsonArray kept = new BsonArray();
        for (BsonValue entry : commit.getArray("events")) {
            if (entry.asDocument().getNumber("globalIndex").longValue() != 3) {
                kept.add(entry);
            }
        }
        commit.put("events", kept);
        store.events.replaceOne(eq("_id", commit.get("_id")), commit);

        assertThat(store.verify().firstBrokenPosition()).isEqualTo(3L);
    }

    @Test
    void theNewestEventOfAnEpisodeDeletedAfterACheckpointCoveredItIsReported() {
        store.writer(Clock.systemUTC()).catchUp();
        store.deleteCommitAt(7);

        VerificationReport report = store.verify();

        assertThat(report.firstBrokenPosition()).isEqualTo(7L);
        assertThat(report.reason()).contains("covered by a checkpoint, is gone");
    }

    @Test
    void aReorderedSequenceIsReportedAtTheFirstMovedEvent() {
        store.editEvent(2, entry -> entry.put("sequenceNumber", new BsonInt64(2)));
        store.editEvent(5, entry -> entry.put("sequenceNumber", new BsonInt64(1)));

        VerificationReport report = store.verify();

        assertThat(report.firstBrokenPosition()).isEqualTo(2L);
        assertThat(report.reason()).contains("ep-a");
    }

    @Test
    void anEpisodeRewrittenWithFreshHashesIsCaughtByTheCheckpointOverIt() {
        store.writer(Clock.systemUTC()).catchUp();
        store.editEvent(4, entry -> entry.getDocument("payload").put("text", new BsonString("forged")));
        rehash(4, store.positions.find(List.of(3L)).get(3L).storedHash());
        rehash(6, store.positions.find(List.of(4L)).get(4L).storedHash());

        VerificationReport report = store.verify();

        assertThat(report.status()).isEqualTo(VerificationStatus.BROKEN);
        assertThat(report.reason()).contains("no longer match checkpoint 1");
        assertThat(report.firstBrokenPosition()).isEqualTo(1L);
    }

    @Test
    void aRewriteBetweenFrequentCheckpointsIsNarrowedToItsCommit() {
        store = new Store(mongo.newDatabase());
        CheckpointWriter writer = store.writer(Clock.systemUTC());
        store.engine.appendEvents(event("ep-c", 0));
        writer.catchUp();
        store.engine.appendEvents(event("ep-c", 1), event("ep-c", 2));
        writer.catchUp();
        store.engine.appendEvents(event("ep-c", 3));
        writer.catchUp();
        store.editEvent(3, entry -> entry.getDocument("metaData").put("actor", new BsonString("someone-else")));
        rehash(3, store.positions.find(List.of(2L)).get(2L).storedHash());
        rehash(4, store.positions.find(List.of(3L)).get(3L).storedHash());

        VerificationReport report = store.verify();

        assertThat(report.firstBrokenPosition()).isEqualTo(2L);
        assertThat(report.reason()).contains("positions 2..3 no longer match checkpoint 2");
    }

    @Test
    void aDeletedCheckpointIsReported() {
        CheckpointWriter writer = store.writer(Clock.systemUTC());
        writer.catchUp();
        store.engine.appendEvents(event("ep-a", 4));
        writer.catchUp();
        store.engine.appendEvents(event("ep-a", 5));
        writer.catchUp();
        store.database.getCollection(CheckpointStore.DEFAULT_COLLECTION).deleteOne(eq("_id", 2L));

        VerificationReport report = store.verify();

        assertThat(report.firstBrokenPosition()).isEqualTo(8L);
        assertThat(report.reason()).contains("checkpoint 2 is gone");
    }

    // What someone who knows the published hash format could do: give the edited event the hash it now needs.
    private void rehash(long position, String previousHash) {
        StoredPosition stored = store.positions.find(List.of(position)).get(position);
        String hash = stored.expectedHash(previousHash);
        store.editEvent(position, entry -> entry.put("hash", new BsonString(hash)));
    }
}
