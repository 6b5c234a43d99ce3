package org.caretrail.infra.eventstore;

import org.caretrail.infra.testing.MutableClock;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.infra.eventstore.Engines.event;

class TrackingTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private MongoDatabase database;
    private CareTrailEventStorageEngine engine;

    @BeforeEach
    void freshStore() {
        database = mongo.newDatabase();
        engine = Engines.engine(database, builder -> builder.clock(clock)
                                                            .gapTimeout(Duration.ofSeconds(10))
                                                            .batchSize(20));
    }

    @Test
    void theTailTokenReadsFromTheFirstEvent() {
        engine.appendEvents(event("ep-a", 0), event("ep-a", 1));
        engine.appendEvents(event("ep-b", 0));

        assertThat(identifiersFrom(engine.createTailToken())).hasSize(3);
    }

    @Test
    void readersOfTheSameGaplessBatchShareItsMessagesAndABatchWithGapsIsReadAfresh() {
        for (int i = 0; i < 30; i++) {
            engine.appendEvents(event("ep-a", i));
        }
        List<? extends TrackedEventMessage<?>> first = read(engine.createTailToken());
        List<? extends TrackedEventMessage<?>> second = read(engine.createTailToken());

        assertThat(second).hasSize(30);
        // the same message objects: the commits were read and the payloads deserialized once for both readers
        for (int i = 0; i < 30; i++) {
            assertThat(second.get(i)).isSameAs(first.get(i));
        }

        engine.close(); // voids the rest of its position block: the abandoned position is then the only gap
        abandonPositions(1);
        engine.appendEvents(event("ep-a", 30));
        TrackingToken afterThirty = last(first);
        List<? extends TrackedEventMessage<?>> withGap = read(afterThirty);
        assertThat(gapsOf(last(withGap))).isNotEmpty();
        assertThat(read(afterThirty).get(0)).isNotSameAs(withGap.get(0));
    }

    @Test
    void theHeadTokenSkipsEverythingStoredSoFar() {
        engine.appendEvents(event("ep-a", 0), event("ep-a", 1));
        TrackingToken head = engine.createHeadToken();
        engine.appendEvents(event("ep-a", 2));

        assertThat(read(head)).extracting(e -> ((DomainEventMessage<?>) e).getSequenceNumber()).containsExactly(2L);
    }

    @Test
    void theHeadTokenWaitsForPositionsAllocatedButNotYetStored() throws Exception {
        engine.appendEvents(event("ep-a", 0));
        CountDownLatch allocated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CareTrailEventStorageEngine slowWriter = Engines.engine(database, builder -> builder.beforeInsert(first -> {
            allocated.countDown();
            await(release);
        }));
        CompletableFuture<Void> slowAppend = CompletableFuture.runAsync(
                () -> slowWriter.appendEvents(event("ep-slow", 0)));
        assertThat(allocated.await(5, TimeUnit.SECONDS)).isTrue();
        engine.appendEvents(event("ep-a", 1));

        TrackingToken head = engine.createHeadToken();
        release.countDown();
        slowAppend.get(5, TimeUnit.SECONDS);

        assertThat(head).isEqualTo(GapAwareTrackingToken.newInstance(3, List.of(2L)));
        assertThat(read(head)).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier())
                              .containsExactly("ep-slow");
    }

    @Test
    void aTokenAtAnInstantStartsAtTheFirstEventStampedThenOrLater() {
        Instant morning = Instant.parse("2025-03-01T08:00:00Z");
        engine.appendEvents(stampedAt("ep-a", 0, morning));
        engine.appendEvents(stampedAt("ep-a", 1, morning.plusSeconds(3600)));
        engine.appendEvents(stampedAt("ep-a", 2, morning.plusSeconds(7200)));

        TrackingToken token = engine.createTokenAt(morning.plusSeconds(1800));

        assertThat(read(token)).extracting(e -> ((DomainEventMessage<?>) e).getSequenceNumber())
                               .containsExactly(1L, 2L);
        assertThat(read(engine.createTokenAt(morning.plusSeconds(9000)))).isEmpty();
    }

    @Test
    void aRunOfDeadPositionsLongerThanABatchDoesNotStallTracking() {
        engine.appendEvents(event("ep-a", 0));
        abandonPositions(150);
        engine.appendEvents(event("ep-a", 1));

        List<? extends TrackedEventMessage<?>> events = read(engine.createTailToken());

        assertThat(events).hasSize(2);
        assertThat(read(events.get(0).trackingToken())).hasSize(1);
    }

    @Test
    void aGapIsGivenUpOnceALaterCommitWasStoredLongerAgoThanTheGapTimeout() {
        engine.appendEvents(event("ep-a", 0));
        abandonPositions(1);
        engine.appendEvents(event("ep-a", 1));
        TrackingToken afterSecond = last(read(engine.createTailToken()));
        assertThat(gapsOf(afterSecond)).containsExactly(2L);

        clock.advance(Duration.ofSeconds(6));
        engine.appendEvents(event("ep-a", 2));
        TrackingToken afterThird = last(read(afterSecond));
        assertThat(gapsOf(afterThird)).containsExactly(2L);

        // Event timestamps come from the real clock and are recent: only the stored time can age the gap.
        clock.advance(Duration.ofSeconds(6));
        engine.appendEvents(event("ep-a", 3));
        assertThat(gapsOf(last(read(afterThird)))).isEmpty();
    }

    @Test
    void positionsOfAnAppendThatLostAConflictAreNotWaitedFor() {
        engine.appendEvents(event("ep-a", 0));
        assertThatThrownBy(() -> engine.appendEvents(event("ep-a", 0, "duplicate"))).isNotNull();
        engine.appendEvents(event("ep-b", 0));

        List<? extends TrackedEventMessage<?>> events = read(engine.createTailToken());

        assertThat(events).hasSize(2);
        assertThat(gapsOf(last(events))).isEmpty();
    }

    @Test
    void anAppendWhosePositionsWereAllocatedLongerAgoThanTheGapTimeoutFails() {
        CareTrailEventStorageEngine stalled = Engines.engine(database, builder -> builder
                .clock(clock).gapTimeout(Duration.ofSeconds(10))
                .beforeInsert(first -> clock.advance(Duration.ofSeconds(11))));

        assertThatThrownBy(() -> stalled.appendEvents(event("ep-a", 0)))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("allocated more than");

        assertThat(engine.readEvents("ep-a").asStream()).isEmpty();
        engine.appendEvents(event("ep-b", 0));
        List<? extends TrackedEventMessage<?>> events = read(engine.createTailToken());
        assertThat(events).hasSize(1);
        assertThat(gapsOf(last(events))).isEmpty();
    }

    private List<? extends TrackedEventMessage<?>> read(TrackingToken from) {
        return engine.readEvents(from, false).toList();
    }

    private List<String> identifiersFrom(TrackingToken from) {
        return read(from).stream().map(TrackedEventMessage::getIdentifier).toList();
    }

    private void abandonPositions(long count) {
        // What a writer that died between allocating and inserting leaves behind.
        database.getCollection("event_counters")
                .updateOne(Filters.eq("_id", "globalPosition"), Updates.inc("value", count));
    }

    private static TrackingToken last(List<? extends TrackedEventMessage<?>> events) {
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1).trackingToken();
    }

    private static List<Long> gapsOf(TrackingToken token) {
        return List.copyOf(((GapAwareTrackingToken) token).getGaps());
    }

    private static DomainEventMessage<NoteRecorded> stampedAt(String episodeId, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>(Engines.EPISODE, episodeId, sequence,
                                               NoteRecorded.note(episodeId, "at " + timestamp), MetaData.emptyInstance(),
                                               UUID.randomUUID().toString(), timestamp);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
