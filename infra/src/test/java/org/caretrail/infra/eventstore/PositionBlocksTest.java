package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.bson.BsonDocument;
import org.caretrail.infra.testing.MutableClock;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caretrail.infra.eventstore.Engines.event;

/**
 * Positions reserved in blocks (decision 0027): whatever an instance holds unused, no event is ever stored at a
 * position a tracker may already have given up on, and nothing is waited for longer than the block's lifetime.
 */
class PositionBlocksTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    private MongoDatabase database;
    private CareTrailEventStorageEngine engine;
    private int appended;

    @BeforeEach
    void freshStore() {
        database = mongo.newDatabase();
        engine = engine(UnaryOperator.identity());
    }

    @Test
    void aBusyInstanceReservesBlocksAndAQuietOneHoldsNothing() {
        for (int i = 0; i < 5; i++) {
            append(engine, "ep-quiet");
            assertThat(engine.unusedPositions()).isZero();
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(counter()).isEqualTo(5);

        // 40 commits at once: blocks of 2, 4, 8, 16 and 32 cover them with six counter moves instead of 40
        holdRemainder(engine, "ep-busy");
        assertThat(engine.unusedPositions()).isPositive();
        assertThat(counter()).isEqualTo(appended + engine.unusedPositions());
        assertThat(engine.lastAllocatedPosition()).isEqualTo(appended);
        assertThat(positionsOfEvents()).isEqualTo(range(1, appended));
    }

    @Test
    void positionsHeldWhileAnotherInstanceAppendsAreDeliveredOnceUsed() {
        holdRemainder(engine, "ep-a");
        long held = engine.unusedPositions();
        CareTrailEventStorageEngine other = engine(UnaryOperator.identity());
        for (int i = 0; i < 3; i++) {
            append(other, "ep-b");
        }
        List<? extends TrackedEventMessage<?>> before = read(engine.createTailToken());
        assertThat(before).hasSize(appended);
        TrackingToken token = last(before);
        assertThat(gapsOf(token)).hasSize((int) held);
        // the other instance's commits are above the remainder: the head is the counter
        assertThat(engine.lastAllocatedPosition()).isEqualTo(counter());

        append(engine, "ep-a");

        List<? extends TrackedEventMessage<?>> after = read(token);
        assertThat(after).extracting(e -> ((DomainEventMessage<?>) e).getAggregateIdentifier()).containsExactly("ep-a");
        // it filled the lowest held position, below the other instance's commits
        Set<Long> filled = gapsOf(token);
        filled.removeAll(gapsOf(after.get(0).trackingToken()));
        assertThat(filled).containsExactly(counter() - 3 - held + 1);
        assertThat(identifiers(read(engine.createTailToken()))).hasSize(appended).doesNotHaveDuplicates();
    }

    @Test
    void anAggregatesEventsStayInSequenceOrderWhenItsLastEventIsAboveTheBlock() {
        holdRemainder(engine, "ep-a");
        CareTrailEventStorageEngine other = engine(UnaryOperator.identity());
        append(other, "ep-x");
        long aboveTheBlock = counter();
        // the next command on ep-x here loads it first, as Axon does, then appends
        assertThat(engine.readEvents("ep-x").asStream()).hasSize(1);

        append(engine, "ep-x");
        // a commit whose previous event this instance does not know takes its position from the counter too
        append(other, "ep-x");
        append(engine, "ep-x");

        List<? extends TrackedEventMessage<?>> all = read(engine.createTailToken());
        assertThat(all).filteredOn(e -> "ep-x".equals(((DomainEventMessage<?>) e).getAggregateIdentifier()))
                       .extracting(e -> ((DomainEventMessage<?>) e).getSequenceNumber())
                       .containsExactly(0L, 1L, 2L, 3L);
        assertThat(counter()).isGreaterThan(aboveTheBlock + 2);
        assertThat(engine.unusedPositions()).isPositive();
    }

    @Test
    void anExpiredRemainderIsVoidedAndNeverUsed() {
        holdRemainder(engine, "ep-a");
        Set<Long> held = range(counter() - engine.unusedPositions() + 1, counter());
        append(engine(UnaryOperator.identity()), "ep-b");
        TrackingToken token = last(read(engine.createTailToken()));
        assertThat(gapsOf(token)).isEqualTo(held);

        clock.advance(Duration.ofMillis(1_100));
        append(engine, "ep-a");

        List<? extends TrackedEventMessage<?>> after = read(token);
        assertThat(after).hasSize(1);
        assertThat(held).doesNotContain(after.get(0).trackingToken().position().orElseThrow());
        assertThat(gapsOf(last(after))).isEmpty();
        assertThat(voidedPositions()).isEqualTo(held);
    }

    @Test
    void theExpiryTimerVoidsTheRemainderOfAnIdleInstance() {
        holdRemainder(engine, "ep-a");
        long last = appended;
        assertThat(engine.lastAllocatedPosition()).isEqualTo(last);

        engine.voidExpiredPositions();
        assertThat(engine.unusedPositions()).isPositive();
        clock.advance(Duration.ofMillis(1_001));
        engine.voidExpiredPositions();

        assertThat(engine.unusedPositions()).isZero();
        assertThat(voidedPositions()).isEqualTo(range(last + 1, counter()));
        assertThat(engine.createHeadToken()).isEqualTo(GapAwareTrackingToken.newInstance(counter(), Set.of()));
        // the voided remainder holds nothing to process: an idle system shows no lag
        assertThat(engine.lastAllocatedPosition()).isEqualTo(last);

        append(engine, "ep-a");
        assertThat(engine.lastAllocatedPosition()).isEqualTo(counter() - engine.unusedPositions()).isGreaterThan(last);
    }

    @Test
    void closingVoidsTheRemainderAndLaterCommitsReserveTheirOwnPositions() {
        holdRemainder(engine, "ep-a");
        long last = appended;

        engine.close();

        assertThat(engine.unusedPositions()).isZero();
        assertThat(voidedPositions()).isEqualTo(range(last + 1, counter()));
        assertThat(engine.lastAllocatedPosition()).isEqualTo(last);
        long counterAtClose = counter();
        append(engine, "ep-a");
        append(engine, "ep-a");
        assertThat(engine.unusedPositions()).isZero();
        assertThat(counter()).isEqualTo(counterAtClose + 2);
        List<? extends TrackedEventMessage<?>> all = read(engine.createTailToken());
        assertThat(all).hasSize(appended);
        assertThat(gapsOf(last(all))).isEmpty();
    }

    @Test
    void aPositionFromABlockIsAsOldAsTheBlock() {
        AtomicReference<Duration> stall = new AtomicReference<>(Duration.ZERO);
        CareTrailEventStorageEngine stalling = engine(builder -> builder.beforeInsert(
                first -> clock.advance(stall.get())));
        holdRemainder(stalling, "ep-a");

        // 0.9 s after the block was reserved, plus 4.5 s in the insert: 5.4 s, past the 5 s append timeout,
        // although the position was taken only 4.5 s before
        clock.advance(Duration.ofMillis(900));
        stall.set(Duration.ofMillis(4_500));
        assertThatThrownBy(() -> stalling.appendEvents(event("ep-a", appended)))
                .isInstanceOf(EventStoreException.class)
                .hasMessageContaining("allocated more than");

        stall.set(Duration.ZERO);
        append(stalling, "ep-b");
        List<? extends TrackedEventMessage<?>> all = read(engine.createTailToken());
        assertThat(all).hasSize(appended);
        assertThat(all.get(all.size() - 1).trackingToken().position().orElseThrow()).isGreaterThan(appended);
    }

    @Test
    void aRemainderTheCounterHasRunFarPastIsVoidedInsteadOfUsed() {
        // max gap offset 160: a tracker drops a gap 160 positions behind; blocks are at most 10 and are given up
        // once the counter, as the instance's own trackers saw it, is 20 past them
        UnaryOperator<CareTrailEventStorageEngine.Builder> smallOffset = builder -> builder.maxGapOffset(160);
        engine = engine(smallOffset);
        holdRemainder(engine, "ep-a");
        Set<Long> held = range(counter() - engine.unusedPositions() + 1, counter());
        CareTrailEventStorageEngine other = engine(smallOffset);
        for (int i = 0; i < 25; i++) {
            append(other, "ep-b");
        }
        TrackingToken token = last(read(engine.createTailToken()));
        long counterBefore = counter();

        append(engine, "ep-a");

        List<? extends TrackedEventMessage<?>> after = read(token);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).trackingToken().position()).hasValue(counterBefore + 1);
        assertThat(voidedPositions()).containsAll(held);
    }

    @Test
    void anInstanceHoldsNoBlockWhileTheCounterShowsOthersAllocatingFast() {
        UnaryOperator<CareTrailEventStorageEngine.Builder> smallOffset = builder -> builder.maxGapOffset(160);
        engine = engine(smallOffset);
        CareTrailEventStorageEngine other = engine(smallOffset);
        append(engine, "ep-a");
        clock.advance(Duration.ofMillis(10));
        for (int i = 0; i < 30; i++) {
            append(other, "ep-b");
        }
        // 31 positions in 10 ms: at that rate the others reach 20 (an eighth of the offset) in 6 ms, too short to
        // hold a block; the block reserved is given back at once and the next commit reserves its own position
        append(engine, "ep-a");
        assertThat(engine.unusedPositions()).isZero();
        append(engine, "ep-a");
        assertThat(engine.unusedPositions()).isZero();

        // the others fall quiet: blocks come back
        clock.advance(Duration.ofSeconds(2));
        holdRemainder(engine, "ep-a");
        assertThat(engine.unusedPositions()).isPositive();
    }

    @Test
    void twoBusyInstancesStoreEveryPositionExactlyOnceAndLeaveNoGapsOnceClosed() throws Exception {
        CareTrailEventStorageEngine first = Engines.engine(database);
        CareTrailEventStorageEngine second = Engines.engine(database);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        try {
            for (int writer = 0; writer < 4; writer++) {
                CareTrailEventStorageEngine mine = writer % 2 == 0 ? first : second;
                String episode = "ep-" + writer;
                writers.add(pool.submit(() -> {
                    for (int sequence = 0; sequence < 150; sequence++) {
                        mine.appendEvents(event(episode, sequence));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        first.close();
        second.close();

        List<? extends TrackedEventMessage<?>> all = first.readEvents(first.createTailToken(), false).toList();
        assertThat(identifiers(all)).hasSize(600).doesNotHaveDuplicates();
        assertThat(gapsOf(last(all))).isEmpty();
        Set<Long> claimed = new TreeSet<>(positionsOfEvents());
        claimed.addAll(voidedPositions());
        assertThat(claimed).isEqualTo(range(1, counter()));
        // the head covers every stored event; above it there can only be a remainder this engine voided at the top
        // of the counter (which of the two held the top block depends on how the writers interleaved)
        long head = first.lastAllocatedPosition();
        assertThat(head).isBetween(Collections.max(positionsOfEvents()), counter());
        assertThat(voidedPositions()).containsAll(range(head + 1, counter()));
    }

    @Test
    void aCommitAfterOneThatOutgrewTheBlockIsGivenHigherPositions() {
        // a client writes a large commit, then a single event to another episode, and reads with the second position
        holdRemainder(engine, "ep-a");
        int left = (int) engine.unusedPositions();
        long next = sequences.getOrDefault("ep-b", 0L);
        List<DomainEventMessage<?>> large = new ArrayList<>();
        for (int i = 0; i <= left; i++) {
            large.add(event("ep-b", next + i));
        }
        engine.appendEvents(large);
        long afterLarge = CareTrailEventStorageEngine.lastAppendedPositionOfCurrentThread().orElseThrow();

        append(engine, "ep-c");

        long single = CareTrailEventStorageEngine.lastAppendedPositionOfCurrentThread().orElseThrow();
        assertThat(single).isGreaterThan(afterLarge);
        // the remainder the large commit went past holds no events and is not waited for
        assertThat(voidedPositions()).hasSize(left);
        Set<Long> claimed = new TreeSet<>(positionsOfEvents());
        claimed.addAll(voidedPositions());
        assertThat(claimed).isEqualTo(range(1, counter() - engine.unusedPositions()));
    }

    @Test
    void eachThreadOfABusyInstanceIsHandedEverHigherPositions() throws Exception {
        // four clients on one instance, each writing to its own episodes in turn: while one thread refills the
        // block, the others wait for it instead of taking positions above it
        CareTrailEventStorageEngine busy = Engines.engine(database);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> writers = new ArrayList<>();
        try {
            for (int writer = 0; writer < 4; writer++) {
                String prefix = "ep-" + writer + "-";
                writers.add(pool.submit(() -> {
                    List<Long> positions = new ArrayList<>();
                    for (int commit = 0; commit < 150; commit++) {
                        // a new episode each time: its first event may take any position the block holds
                        busy.appendEvents(event(prefix + commit, 0));
                        positions.add(CareTrailEventStorageEngine.lastAppendedPositionOfCurrentThread().orElseThrow());
                    }
                    return positions;
                }));
            }
            for (Future<List<Long>> writer : writers) {
                assertThat(writer.get()).isSorted().doesNotHaveDuplicates();
            }
        } finally {
            pool.shutdownNow();
        }
        busy.close();
        Set<Long> claimed = new TreeSet<>(positionsOfEvents());
        claimed.addAll(voidedPositions());
        assertThat(positionsOfEvents()).hasSize(600);
        assertThat(claimed).isEqualTo(range(1, counter()));
    }

    private CareTrailEventStorageEngine engine(UnaryOperator<CareTrailEventStorageEngine.Builder> customizer) {
        return Engines.engine(database, builder -> customizer.apply(
                builder.clock(clock).gapTimeout(Duration.ofSeconds(10)).batchSize(100)));
    }

    /** Appends single-event commits at one instant until the engine holds unused positions. */
    private void holdRemainder(CareTrailEventStorageEngine target, String episode) {
        for (int i = 0; i < 40 || target.unusedPositions() == 0; i++) {
            append(target, episode);
            if (i > 200) {
                throw new IllegalStateException("no block held");
            }
        }
    }

    private final java.util.Map<String, Long> sequences = new java.util.HashMap<>();

    private void append(CareTrailEventStorageEngine target, String episode) {
        long sequence = sequences.merge(episode, 1L, Long::sum) - 1;
        target.appendEvents(event(episode, sequence));
        appended++;
    }

    private List<? extends TrackedEventMessage<?>> read(TrackingToken from) {
        return engine.readEvents(from, false).toList();
    }

    private long counter() {
        BsonDocument counter = database.getCollection("event_counters", BsonDocument.class)
                                       .find(Filters.eq("_id", "globalPosition")).first();
        return counter == null ? 0 : counter.getNumber("value").longValue();
    }

    private Set<Long> positionsOfEvents() {
        Set<Long> positions = new TreeSet<>();
        for (BsonDocument commit : database.getCollection("events", BsonDocument.class)
                                           .find(Filters.exists(CommitDocuments.VOIDED, false))) {
            positions.addAll(CommitDocuments.positions(commit));
        }
        return positions;
    }

    private Set<Long> voidedPositions() {
        Set<Long> positions = new TreeSet<>();
        for (BsonDocument commit : database.getCollection("events", BsonDocument.class)
                                           .find(Filters.exists(CommitDocuments.VOIDED))) {
            positions.addAll(CommitDocuments.positions(commit));
        }
        return positions;
    }

    private static Set<Long> range(long fromInclusive, long toInclusive) {
        Set<Long> positions = new TreeSet<>();
        LongStream.rangeClosed(fromInclusive, toInclusive).forEach(positions::add);
        return positions;
    }

    private static List<String> identifiers(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().map(TrackedEventMessage::getIdentifier).toList();
    }

    private static TrackingToken last(List<? extends TrackedEventMessage<?>> events) {
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1).trackingToken();
    }

    private static Set<Long> gapsOf(TrackingToken token) {
        return new HashSet<>(((GapAwareTrackingToken) token).getGaps());
    }
}
