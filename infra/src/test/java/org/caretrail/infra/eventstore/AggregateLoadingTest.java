package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.infra.eventstore.Engines.event;

class AggregateLoadingTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private MongoDatabase database;
    private CareTrailEventStorageEngine engine;
    private EmbeddedEventStore eventStore;

    @BeforeEach
    void freshStore() {
        database = mongo.newDatabase();
        engine = Engines.engine(database, builder -> builder.batchSize(10));
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    @AfterEach
    void stop() {
        eventStore.shutDown();
    }

    @Test
    void loadingReturnsEveryEventInSequenceOrderAcrossBatches() {
        appendInterleavedCommits("ep-a", 35);

        assertThat(sequences(engine.readEvents("ep-a").asStream().toList()))
                .containsExactlyElementsOf(LongStream.range(0, 35).boxed().toList());
    }

    @Test
    void anEngineThatRemembersNothingOfAStreamLoadsAllOfIt() {
        appendInterleavedCommits("ep-a", 35);
        CareTrailEventStorageEngine other = Engines.engine(database);

        assertThat(sequences(other.readEvents("ep-a").asStream().toList()))
                .containsExactlyElementsOf(LongStream.range(0, 35).boxed().toList());
        assertThat(other.readEvents("ep-new").asStream()).isEmpty();
    }

    @Test
    void aStreamWithACommitDeletedBehindTheEnginesBackStillLoadsTheEventsAfterIt() {
        appendInterleavedCommits("ep-a", 20);
        // commits of 1, 2, 3, 1, 2, 3 ... events: this one holds 3, 4 and 5
        database.getCollection("events").deleteOne(Filters.eq(CommitDocuments.STREAM_KEYS, "ep-a:3"));
        CareTrailEventStorageEngine other = Engines.engine(database);

        assertThat(sequences(other.readEvents("ep-a").asStream().toList()))
                .containsExactlyElementsOf(LongStream.range(0, 20).filter(s -> s < 3 || s > 5).boxed().toList());
    }

    @Test
    void loadingFromASequenceNumberSkipsEarlierEvents() {
        appendInterleavedCommits("ep-a", 35);

        assertThat(sequences(engine.readEvents("ep-a", 20).asStream().toList()))
                .containsExactlyElementsOf(LongStream.range(20, 35).boxed().toList());
    }

    @Test
    void loadingStartsFromTheStoredSnapshot() {
        appendInterleavedCommits("ep-a", 12);
        engine.storeSnapshot(snapshot("ep-a", 5));

        List<? extends DomainEventMessage<?>> loaded = eventStore.readEvents("ep-a").asStream().toList();

        assertThat(loaded.get(0).getPayload()).isEqualTo(new EpisodeSnapshot("ep-a", 6));
        assertThat(sequences(loaded)).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    @Test
    void anEngineThatReadsNoSnapshotsLoadsEveryEventEvenWhenASnapshotIsStored() {
        appendInterleavedCommits("ep-a", 12);
        engine.storeSnapshot(snapshot("ep-a", 5));
        CareTrailEventStorageEngine withoutSnapshots =
                Engines.engine(database, builder -> builder.batchSize(10).readSnapshots(false));
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(withoutSnapshots).build();
        try {
            List<? extends DomainEventMessage<?>> loaded = store.readEvents("ep-a").asStream().toList();

            assertThat(sequences(loaded)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        } finally {
            store.shutDown();
        }
    }

    @Test
    void aNewerSnapshotReplacesTheOldOneAndAnOlderOneDoesNot() {
        appendInterleavedCommits("ep-a", 12);
        engine.storeSnapshot(snapshot("ep-a", 5));
        engine.storeSnapshot(snapshot("ep-a", 9));
        engine.storeSnapshot(snapshot("ep-a", 7));

        assertThat(engine.readSnapshot("ep-a")).get()
                                               .extracting(DomainEventMessage::getSequenceNumber).isEqualTo(9L);
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
    }

    @Test
    void theLastSequenceNumberFollowsTheStreamAcrossBatches() {
        appendInterleavedCommits("ep-a", 25);
        appendInterleavedCommits("ep-full-batch", 10);

        assertThat(engine.lastSequenceNumberFor("ep-a")).hasValue(24L);
        assertThat(engine.lastSequenceNumberFor("ep-full-batch")).hasValue(9L);
        assertThat(engine.lastSequenceNumberFor("ep-unknown")).isEmpty();
    }

    @Test
    void theLastSequenceNumberStartsLookingAtTheSnapshot() {
        appendInterleavedCommits("ep-a", 25);
        engine.storeSnapshot(snapshot("ep-a", 20));

        assertThat(engine.lastSequenceNumberFor("ep-a")).hasValue(24L);
    }

    // Commits of one to three events, with another episode's event in between, like a busy ward.
    private void appendInterleavedCommits(String episodeId, int count) {
        long sequence = 0;
        int commitSize = 1;
        while (sequence < count) {
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            for (int i = 0; i < commitSize && sequence < count; i++) {
                commit.add(event(episodeId, sequence++));
            }
            engine.appendEvents(commit);
            engine.appendEvents(event(episodeId + "-neighbour-" + sequence, 0));
            commitSize = commitSize % 3 + 1;
        }
    }

    private static DomainEventMessage<EpisodeSnapshot> snapshot(String episodeId, long sequence) {
        return new GenericDomainEventMessage<>(Engines.EPISODE, episodeId, sequence,
                                               new EpisodeSnapshot(episodeId, sequence + 1));
    }

    private static List<Long> sequences(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(DomainEventMessage::getSequenceNumber).toList();
    }
}
