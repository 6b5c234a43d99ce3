package org.caretrail.projections.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Holds each projection's writes for the processor batch being handled, so that a batch costs a few reads and one
 * bulk write per collection rather than round trips per event.
 * <p>
 * The pending writes must reach MongoDB before the token that covers them: the processor stores its token in the
 * first step of its commit, ahead of anything a handler registers, so the token store calls {@link #flushCurrent()}
 * before it writes (see the web module's Axon configuration); a commit step flushes as well, for units of work
 * without a token (dead-letter retries). Outside any unit of work, as when a test calls a handler, each event's
 * writes are applied at once. A handler puts only finished changes into its batch, so an event whose handler throws
 * (and is dead-lettered) leaves nothing behind.
 */
public final class ProjectionBatches {

    private static final String RESOURCE = ProjectionBatches.class.getName();

    /** A projection's pending writes for one batch. */
    public interface Batch {

        /** Writes what is pending; called once per batch, before its token is stored. */
        void flush();
    }

    private ProjectionBatches() {
    }

    /**
     * Runs {@code handling} with the owner's batch of the current unit of work, opening it with the batch's events
     * (for reading ahead what they touch) when this is the first event the owner sees.
     */
    public static <B extends Batch> void handle(Object owner, Function<List<? extends EventMessage<?>>, B> open,
                                                Consumer<B> handling) {
        if (!CurrentUnitOfWork.isStarted()) {
            B single = open.apply(List.of());
            handling.accept(single);
            single.flush();
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Map<Object, Batch> batches = unitOfWork.root().getOrComputeResource(RESOURCE, key -> {
            unitOfWork.root().onPrepareCommit(committing -> flushCurrent());
            return new LinkedHashMap<>();
        });
        @SuppressWarnings("unchecked")
        B batch = (B) batches.computeIfAbsent(owner, key -> open.apply(messagesOf(unitOfWork)));
        handling.accept(batch);
    }

    /** Writes every projection's pending writes of the current unit of work; nothing when there are none. */
    public static void flushCurrent() {
        if (!CurrentUnitOfWork.isStarted()) {
            return;
        }
        Map<Object, Batch> batches = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        if (batches == null) {
            return;
        }
        for (Batch batch : batches.values()) {
            batch.flush();
        }
        batches.clear();
    }

    /** The episodes (aggregates) the events belong to, for reading their documents ahead. */
    public static List<String> aggregateIds(List<? extends EventMessage<?>> messages) {
        return messages.stream()
                .filter(DomainEventMessage.class::isInstance)
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                .distinct()
                .toList();
    }

    private static List<? extends EventMessage<?>> messagesOf(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batching) {
            return batching.getMessages().stream()
                    .filter(EventMessage.class::isInstance)
                    .map(message -> (EventMessage<?>) message)
                    .toList();
        }
        return unitOfWork.getMessage() instanceof EventMessage<?> event ? List.of(event) : List.of();
    }
}
