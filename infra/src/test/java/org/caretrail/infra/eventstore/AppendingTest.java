package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.infra.eventstore.Engines.event;

class AppendingTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private MongoDatabase database;
    private CareTrailEventStorageEngine engine;

    @BeforeEach
    void freshStore() {
        database = mongo.newDatabase();
        engine = Engines.engine(database);
    }

    @Test
    void concurrentAppendsAtTheSameSequenceLetExactlyOneWin() throws Exception {
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 0; round < 15; round++) {
                String episode = "ep-" + round;
                engine.appendEvents(event(episode, 0));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (int writer = 0; writer < writers; writer++) {
                    String text = "writer " + writer;
                    outcomes.add(pool.submit(appendAfter(start, event(episode, 1, text))));
                }
                start.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).filteredOn("won"::equals).hasSize(1);
                assertThat(results).filteredOn("conflict"::equals).hasSize(writers - 1);
                assertThat(engine.readEvents(episode).asStream().map(DomainEventMessage::getSequenceNumber))
                        .containsExactly(0L, 1L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.readEvents(null, false).count()).isEqualTo(30);
    }

    @Test
    void aConflictOnTheFirstEventOfAStreamIsAStreamCreationConflict() {
        engine.appendEvents(event("ep-1", 0));

        assertThatThrownBy(() -> engine.appendEvents(event("ep-1", 0, "again")))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void aCommitWhoseSecondEventConflictsLeavesNothing() {
        engine.appendEvents(event("ep-a", 0), event("ep-a", 1));

        assertThatThrownBy(() -> engine.appendEvents(event("ep-b", 0), event("ep-a", 1, "late")))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents("ep-b").asStream()).isEmpty();
        assertThat(engine.readEvents("ep-a").asStream().map(e -> ((NoteRecorded) e.getPayload()).text()))
                .containsExactly("note 0", "note 1");
        assertThat(engine.readEvents(null, false).map(e -> e.getPayload())).hasSize(2);
    }

    @Test
    void aCommitFilesEachEventUnderItsOwnAggregate() {
        engine.appendEvents(event("ep-a", 0), event("ep-b", 0), event("ep-a", 1));

        assertThat(engine.readEvents("ep-a").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L);
        assertThat(engine.readEvents("ep-b").asStream().map(DomainEventMessage::getAggregateIdentifier))
                .containsExactly("ep-b");
    }

    @Test
    void aCommitIsOneReadableDocumentWithPlainFieldNames() {
        engine.appendEvents(event("ep-a", 0), event("ep-b", 0));

        List<BsonDocument> commits = database.getCollection("events", BsonDocument.class).find()
                                             .into(new ArrayList<>());
        assertThat(commits).hasSize(1);
        BsonDocument commit = commits.get(0);
        assertThat(commit.getArray("streamKeys").stream().map(key -> key.asString().getValue()))
                .containsExactly("ep-a:0", "ep-b:0");
        assertThat(commit.getArray("positions").stream().map(p -> p.asNumber().longValue())).containsExactly(1L, 2L);
        assertThat(commit.isDateTime("storedAt")).isTrue();
        BsonDocument first = commit.getArray("events").get(0).asDocument();
        assertThat(first.keySet()).containsExactly("globalIndex", "aggregateIdentifier", "sequenceNumber", "type",
                                                   "eventIdentifier", "timestamp", "payloadType", "payloadRevision",
                                                   "payload", "metaData");
        assertThat(first.getString("payloadType").getValue()).isEqualTo(NoteRecorded.class.getName());
        assertThat(first.getString("payloadRevision").getValue()).isEqualTo("1");
        assertThat(first.getDocument("payload").getString("text").getValue()).isEqualTo("note 0");
        assertThat(first.getDocument("payload").getString("occurredAt").getValue())
                .isEqualTo("2025-03-01T10:15:30.123Z");
        assertThat(first.getDocument("metaData").getString("actor").getValue()).isEqualTo("nurse-7");
    }

    @Test
    void payloadValuesSurviveTheRoundTripExactly() {
        engine.appendEvents(event("ep-a", 0));

        NoteRecorded read = (NoteRecorded) engine.readEvents("ep-a").next().getPayload();

        assertThat(read).isEqualTo(NoteRecorded.note("ep-a", "note 0"));
        assertThat(read.score()).isEqualByComparingTo("1.50").hasToString("1.50");
    }

    @Test
    void eventsOfNoAggregateAreStoredAndTrackedAsPlainEvents() {
        engine.appendEvents(GenericEventMessage.asEventMessage(NoteRecorded.note("none", "system")),
                            GenericEventMessage.asEventMessage(NoteRecorded.note("none", "again")));
        engine.appendEvents(GenericEventMessage.asEventMessage(NoteRecorded.note("none", "third")));

        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();

        assertThat(tracked).hasSize(3);
        assertThat(tracked).noneMatch(event -> event instanceof DomainEventMessage);
    }

    @Test
    void theCurrentThreadLearnsThePositionOfTheLastEventItAppended() {
        CareTrailEventStorageEngine.forgetLastAppendedPositionOfCurrentThread();
        engine.appendEvents(event("ep-a", 0));
        engine.appendEvents(event("ep-a", 1), event("ep-a", 2));

        assertThat(CareTrailEventStorageEngine.lastAppendedPositionOfCurrentThread()).hasValue(3L);
        CareTrailEventStorageEngine.forgetLastAppendedPositionOfCurrentThread();
        assertThat(CareTrailEventStorageEngine.lastAppendedPositionOfCurrentThread()).isEmpty();
    }

    @Test
    void ensuringIndexesTwiceIsHarmless() {
        engine.ensureIndexes();
        engine.appendEvents(event("ep-a", 0));

        assertThat(engine.lastSequenceNumberFor("ep-a")).hasValue(0L);
    }

    private Callable<String> appendAfter(CountDownLatch start, DomainEventMessage<?> event) {
        return () -> {
            start.await();
            try {
                engine.appendEvents(event);
                return "won";
            } catch (ConcurrencyException e) {
                return "conflict";
            }
        };
    }
}
