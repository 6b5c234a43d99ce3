package org.caretrail.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/** Hands events to a projection the way a pooled processor does: one unit of work for the batch, then its commit. */
public final class InOneBatch {

    private final List<EventMessage<?>> messages = new ArrayList<>();

    public InOneBatch add(String episodeId, long sequence, Object event) {
        messages.add(new GenericDomainEventMessage<>("Episode", episodeId, sequence, event));
        return this;
    }

    /**
     * Delivers every event through {@code deliver}, then commits; {@code atTokenUpdate} runs where the processor
     * stores its token, ahead of every step the projections register on the commit.
     */
    public void handle(Consumer<EventMessage<?>> deliver, Runnable atTokenUpdate) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        unitOfWork.onPrepareCommit(committing -> atTokenUpdate.run());
        try {
            unitOfWork.executeWithResult(() -> {
                deliver.accept(unitOfWork.getMessage());
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException("the batch failed", e);
        }
    }

    public void handle(Consumer<EventMessage<?>> deliver) {
        handle(deliver, () -> { });
    }
}
