package org.caretrail.infra.eventstore;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.caretrail.infra.eventstore.Engines.event;

class ProcessorTest {

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
    void aProcessorSeesEveryCommittedEventOfConcurrentConflictingWritersExactlyOnce() throws Exception {
        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger conflicts = new AtomicInteger();
        try (RecordingProcessor processor = new RecordingProcessor(engine).start()) {
            ExecutorService writers = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int writer = 0; writer < 4; writer++) {
                    running.add(writers.submit(() -> appendWithConflicts(1_000, committed, conflicts)));
                }
                for (Future<?> writer : running) {
                    writer.get(120, TimeUnit.SECONDS);
                }
            } finally {
                writers.shutdownNow();
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> processor.distinctEvents() >= committed.size());
            assertThat(processor.deliveries.keySet()).isEqualTo(committed);
            assertThat(processor.everyEventDeliveredOnce()).isTrue();
        }
        assertThat(committed).hasSizeGreaterThanOrEqualTo(4_000);
        assertThat(conflicts.get()).isPositive();
    }

    @Test
    void aCommitThatBecomesVisibleLateIsStillDeliveredAndTokensStaySmall() throws Exception {
        CountDownLatch allocated = new CountDownLatch(1);
        CareTrailEventStorageEngine slowWriter = Engines.engine(database, builder -> builder.beforeInsert(first -> {
            allocated.countDown();
            sleep(Duration.ofSeconds(2));
        }));
        try (RecordingProcessor processor = new RecordingProcessor(engine).start()) {
            engine.appendEvents(event("ep-early", 0));
            CompletableFuture<Void> slowAppend = CompletableFuture.runAsync(
                    () -> slowWriter.appendEvents(event("ep-slow", 0), event("ep-slow", 1)));
            assertThat(allocated.await(5, TimeUnit.SECONDS)).isTrue();
            for (int sequence = 0; sequence < 20; sequence++) {
                engine.appendEvents(event("ep-later", sequence));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.distinctEvents() == 21);
            assertThat(slowAppend).isNotDone();

            slowAppend.get(10, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> processor.distinctEvents() == 23);
            assertThat(processor.everyEventDeliveredOnce()).isTrue();
            assertThat(processor.largestTokenBytes()).isLessThan(200);
        }
    }

    @Test
    void resettingAProcessorReplaysEveryEventFlaggedAsAReplay() {
        try (RecordingProcessor processor = new RecordingProcessor(engine).start()) {
            for (int sequence = 0; sequence < 30; sequence++) {
                engine.appendEvents(event("ep-" + sequence % 3, sequence / 3));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.live.size() == 30);

            processor.resetAndRestart();
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.replayed.size() == 30);
            engine.appendEvents(event("ep-after-reset", 0));
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.live.size() == 31);

            assertThat(Set.copyOf(processor.replayed)).isEqualTo(Set.copyOf(processor.live.subList(0, 30)));
            assertThat(processor.replayed).hasSize(30);
        }
    }

    // Writers walk through the same episodes in step, so they collide often; a loser re-reads and retries.
    private void appendWithConflicts(int appends, Set<String> committed, AtomicInteger conflicts) {
        for (int done = 0; done < appends; ) {
            String episode = "ep-" + (done / 5 + ThreadLocalRandom.current().nextInt(2));
            long next = engine.lastSequenceNumberFor(episode).map(last -> last + 1).orElse(0L);
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            int size = done % 5 == 0 ? 2 : 1;
            for (int i = 0; i < size; i++) {
                commit.add(event(episode, next + i));
            }
            try {
                engine.appendEvents(commit);
                commit.forEach(event -> committed.add(event.getIdentifier()));
                done++;
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                conflicts.incrementAndGet();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
