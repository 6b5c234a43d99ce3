package org.caretrail.infra.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.serialization.Serializer;
import org.caretrail.infra.serialization.CareTrailSerializers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pooled streaming processor over an engine that records what it handles: how often each event id was seen,
 * which were flagged as replays, and the largest serialized token it carried.
 */
final class RecordingProcessor implements AutoCloseable {

    private static final Serializer TOKEN_SERIALIZER = CareTrailSerializers.jackson();

    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final List<String> replayed = new CopyOnWriteArrayList<>();
    final List<String> live = new CopyOnWriteArrayList<>();
    private final AtomicInteger largestTokenBytes = new AtomicInteger();
    private final EmbeddedEventStore eventStore;
    private final ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
    private final ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
    private final PooledStreamingEventProcessor processor;

    RecordingProcessor(EventStorageEngine engine) {
        this.eventStore = EmbeddedEventStore.builder()
                                            .storageEngine(engine)
                                            .fetchDelay(50)
                                            .timeUnit(TimeUnit.MILLISECONDS)
                                            .build();
        this.processor = PooledStreamingEventProcessor.builder()
                                                      .name("recording")
                                                      .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                                                                                                   .eventHandlers(new Recorder())
                                                                                                   .build())
                                                      .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                                                      .errorHandler(PropagatingErrorHandler.instance())
                                                      .messageSource(eventStore)
                                                      .tokenStore(new InMemoryTokenStore())
                                                      .transactionManager(NoTransactionManager.instance())
                                                      .coordinatorExecutor(coordinator)
                                                      .workerExecutor(workers)
                                                      .initialSegmentCount(2)
                                                      .tokenClaimInterval(100)
                                                      .batchSize(50)
                                                      .build();
    }

    RecordingProcessor start() {
        processor.start();
        return this;
    }

    void resetAndRestart() {
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    int distinctEvents() {
        return deliveries.size();
    }

    boolean everyEventDeliveredOnce() {
        return deliveries.values().stream().allMatch(count -> count.get() == 1);
    }

    int largestTokenBytes() {
        return largestTokenBytes.get();
    }

    EmbeddedEventStore eventStore() {
        return eventStore;
    }

    @Override
    public void close() {
        processor.shutDown();
        eventStore.shutDown();
        coordinator.shutdownNow();
        workers.shutdownNow();
    }

    private final class Recorder implements EventMessageHandler {

        @Override
        public Object handle(EventMessage<?> event) {
            deliveries.computeIfAbsent(event.getIdentifier(), id -> new AtomicInteger()).incrementAndGet();
            (ReplayToken.isReplay(event) ? replayed : live).add(event.getIdentifier());
            TrackingToken token = ((TrackedEventMessage<?>) event).trackingToken();
            int bytes = TOKEN_SERIALIZER.serialize(token, byte[].class).getData().length;
            largestTokenBytes.accumulateAndGet(bytes, Math::max);
            return null;
        }
    }
}
