package org.caretrail.infra.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.caretrail.infra.accesslog.AccessEntry;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.caretrail.infra.securitylog.SignInEntry;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The access log and the security log, written by their stores, tampered with through the driver (decision 0024). */
class HashChainedLogsTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration SETTLE = Duration.ofMinutes(5);
    private static final Clock LATER = Clock.fixed(T0.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    private static final CheckpointSeal SEAL = new CheckpointSeal(new byte[32]);

    MongoDatabase database;
    AccessLogStore accessLog;
    SecurityLogStore securityLog;
    LogCheckpointStore checkpoints;

    @BeforeEach
    void freshLogs() {
        database = mongo.newDatabase();
        accessLog = new AccessLogStore(database);
        accessLog.createIndexes();
        securityLog = new SecurityLogStore(database);
        securityLog.createIndexes();
        checkpoints = new LogCheckpointStore(database);
    }

    private void append(String log, int count) {
        for (int i = 0; i < count; i++) {
            if (log.equals(AccessLogStore.COLLECTION)) {
                accessLog.append(new AccessEntry(T0.plusSeconds(i), "nurse-" + i, "CASE_MANAGER", "10.0.0.7", "GET",
                        "/api/v1/episodes/E-" + i, "E-" + i, List.of("P-" + i), 200));
            } else {
                securityLog.append(new SignInEntry(T0.plusSeconds(i), "nurse-" + i, "10.0.0.7", "FAILED",
                        "wrong password"));
            }
        }
    }

    private LogReport verify(String log) {
        return new LogVerifier(database, log, checkpoints, 3, SEAL).verify();
    }

    private List<LogCheckpoint> checkpoint(String log) {
        return new LogCheckpointWriter(database, log, checkpoints, LATER, SETTLE, 4, SEAL).catchUp();
    }

    private MongoCollection<Document> entries(String log) {
        return database.getCollection(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION})
    void anUntouchedLogVerifiesBeforeAndAfterItsCheckpoints(String log) {
        append(log, 10);
        assertThat(verify(log)).satisfies(report -> {
            assertThat(report.ok()).isTrue();
            assertThat(report.checkedEntries()).isEqualTo(10);
            assertThat(report.head()).isEqualTo(10);
        });

        assertThat(checkpoint(log)).extracting(LogCheckpoint::sequence).containsExactly(4L, 8L, 10L);
        append(log, 2);

        LogReport report = verify(log);
        assertThat(report.ok()).as(report.reason()).isTrue();
        assertThat(report.checkedEntries()).isEqualTo(12);
        assertThat(report.log()).isEqualTo(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION})
    void anEditedEntryIsFoundAtItsSequence(String log) {
        append(log, 6);
        entries(log).updateOne(Filters.eq("seq", 4L), Updates.set("user", "someone-else"));

        LogReport report = verify(log);

        assertThat(report.ok()).isFalse();
        assertThat(report.log()).isEqualTo(log);
        assertThat(report.firstBrokenSequence()).isEqualTo(4L);
        assertThat(report.reason()).contains("edited");
    }

    @ParameterizedTest
    @ValueSource(strings = {AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION})
    void anEntryEditedAndReHashedIsFoundByTheSignedCheckpointOverIt(String log) {
        append(log, 6);
        checkpoint(log);
        Document edited = entries(log).find(Filters.eq("seq", 6L)).first();
        edited.put("user", "someone-else");
        edited.remove("_id");
        Document rehashed = LogChain.chained(edited, 6L);
        entries(log).replaceOne(Filters.eq("seq", 6L), rehashed);

        LogReport report = verify(log);

        assertThat(report.ok()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(5L);
        assertThat(report.reason()).contains("sequences 5..6 no longer match checkpoint 2 of " + log);
    }

    @ParameterizedTest
    @ValueSource(strings = {AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION})
    void aDeletedEntryBelowASignedCheckpointIsFound(String log) {
        append(log, 7);
        checkpoint(log);
        entries(log).deleteOne(Filters.eq("seq", 3L));

        LogReport report = verify(log);

        assertThat(report.ok()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(3L);
        assertThat(report.reason()).contains("deleted");
    }

    @ParameterizedTest
    @ValueSource(strings = {AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION})
    void theNewestEntriesDeletedAfterASignedCheckpointAreFound(String log) {
        append(log, 7);
        checkpoint(log);
        entries(log).deleteMany(Filters.gte("seq", 6L));

        LogReport report = verify(log);

        assertThat(report.ok()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(6L);
        assertThat(report.reason()).contains("newest entries were deleted");
    }

    @ParameterizedTest
    @ValueSource(strings = {AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION})
    void theNewestEntriesDeletedWithTheCounterRewoundAreFound(String log) {
        append(log, 7);
        checkpoint(log);
        entries(log).deleteMany(Filters.gte("seq", 6L));
        database.getCollection(LogChain.SEQUENCES).updateOne(Filters.eq("_id", log), Updates.set("next", 5L));

        LogReport report = verify(log);

        assertThat(report.ok()).isFalse();
        assertThat(report.firstBrokenSequence()).isEqualTo(6L);
        assertThat(report.reason()).contains("the counter stands at 5").contains("newest entries were deleted");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyFailsTheLog() {
        append(AccessLogStore.COLLECTION, 3);
        byte[] other = new byte[32];
        Arrays.fill(other, (byte) 7);
        new LogCheckpointWriter(database, AccessLogStore.COLLECTION, checkpoints, LATER, SETTLE, 10,
                new CheckpointSeal(other)).catchUp();

        LogReport report = verify(AccessLogStore.COLLECTION);

        assertThat(report.ok()).isFalse();
        assertThat(report.reason()).contains("not signed with this key");
    }

    @Test
    void concurrentGroupCommittedEntriesTakeEverySequenceOnceAndChain() throws Exception {
        int readers = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                String user = "reader-" + r;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        accessLog.append(new AccessEntry(T0.plusSeconds(i), user, "CASE_MANAGER", null, "GET",
                                "/api/v1/episodes/E-" + i, "E-" + i, List.of("P-" + i), 200));
                    }
                    return null;
                }));
            }
            for (Future<?> reader : running) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> sequences = new ArrayList<>();
        entries(AccessLogStore.COLLECTION).find().forEach(entry -> sequences.add(entry.getLong("seq")));
        // a group that does not fit in the rest of the leased block takes a new block: the rest stays absent
        assertThat(sequences).hasSize(readers * each).doesNotHaveDuplicates();

        assertThat(verify(AccessLogStore.COLLECTION).ok()).isTrue();
        new LogCheckpointWriter(database, AccessLogStore.COLLECTION, checkpoints, LATER, SETTLE, 1000, SEAL)
                .catchUp();
        LogReport report = verify(AccessLogStore.COLLECTION);
        assertThat(report.ok()).as(report.reason()).isTrue();
        assertThat(report.checkedEntries()).isEqualTo(readers * each);
    }

    @Test
    void aFailedWriteLeavesAnAbsentSequenceThatVerifiesBeforeAndAfterACheckpoint() {
        append(AccessLogStore.COLLECTION, 2);
        // a document already holding sequence 3 makes the next group's insert fail on the unique sequence index
        entries(AccessLogStore.COLLECTION).insertOne(new Document("seq", 3L).append("at", new java.util.Date()));
        assertThatThrownBy(() -> append(AccessLogStore.COLLECTION, 1)).isInstanceOf(RuntimeException.class);
        entries(AccessLogStore.COLLECTION).deleteOne(Filters.eq("seq", 3L));
        append(AccessLogStore.COLLECTION, 2);

        LogReport before = verify(AccessLogStore.COLLECTION);
        assertThat(before.ok()).as(before.reason()).isTrue();
        assertThat(before.absentSequences()).isEqualTo(1);
        assertThat(before.checkedEntries()).isEqualTo(4);

        List<LogCheckpoint> written = checkpoint(AccessLogStore.COLLECTION);
        assertThat(written).flatExtracting(LogCheckpoint::absentSequences).containsExactly(3L);
        LogReport after = verify(AccessLogStore.COLLECTION);
        assertThat(after.ok()).as(after.reason()).isTrue();
        assertThat(after.absentSequences()).isZero();
    }

    @Test
    void theUnusedRestOfALeasedBlockAfterARestartIsAbsentAndVerifies() {
        append(AccessLogStore.COLLECTION, 2);
        accessLog = new AccessLogStore(database); // a restart: the first instance's lease is left unused
        append(AccessLogStore.COLLECTION, 2);

        LogReport before = verify(AccessLogStore.COLLECTION);
        assertThat(before.ok()).as(before.reason()).isTrue();
        assertThat(before.checkedEntries()).isEqualTo(4);
        assertThat(before.absentSequences()).isEqualTo(LogChain.BLOCK - 2);

        List<LogCheckpoint> written = checkpoint(AccessLogStore.COLLECTION);
        assertThat(written.get(written.size() - 1).sequence()).isEqualTo(LogChain.BLOCK + 2L);
        assertThat(written).flatExtracting(LogCheckpoint::absentSequences).hasSize(LogChain.BLOCK - 2);
        LogReport after = verify(AccessLogStore.COLLECTION);
        assertThat(after.ok()).as(after.reason()).isTrue();
        assertThat(after.checkedEntries()).isEqualTo(4);
    }

    @Test
    void aTakenSequenceWhoseWriteMayStillLandStopsTheCheckpointBeforeIt() {
        append(AccessLogStore.COLLECTION, 2);
        new LogChain(database, AccessLogStore.COLLECTION).allocate(1);

        List<LogCheckpoint> written = new LogCheckpointWriter(database, AccessLogStore.COLLECTION, checkpoints,
                Clock.fixed(T0.plusSeconds(30), ZoneOffset.UTC), SETTLE, 100, SEAL).catchUp();

        assertThat(written).extracting(LogCheckpoint::sequence).containsExactly(2L);
    }
}
