package org.caretrail.infra.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The last batches read from the global stream, as messages, for the other processors that ask for the same batch:
 * in a rebuild every projection reads the same positions in the same steps, and sharing the messages reads and
 * decodes each commit once instead of once per processor, and deserializes each payload and its metadata once (the
 * messages deserialize lazily and keep what they deserialized).
 * <p>
 * Only a batch whose last token has no gaps is kept or shared: every position up to it is then stored or voided for
 * good, and a gap of the token it was read from was either filled or given up, neither of which can change later (a
 * writer refuses positions older than its append timeout). A later read from the same token could therefore only
 * return the same events, or more of them if the first read stopped at the head: a kept batch is exact, whenever it
 * is served, and the gap-aware guarantees are untouched. A batch with gaps is never kept, so nothing depends on time.
 * <p>
 * The processors of a rebuild move in near lockstep and ask for the same batch at the same moment, so a read still
 * in flight is shared too: the first caller for a token reads, later callers for the same token wait for its result.
 * A waiter takes that result only if it is final (as above); otherwise it reads for itself. A failed read fails
 * every waiter and leaves nothing kept, so the next call for the token reads again.
 */
final class SharedBatches {

    private final int capacity;
    private final Object lock = new Object();
    private final Map<TrackingToken, List<? extends TrackedEventMessage<?>>> kept;
    private final Map<TrackingToken, CompletableFuture<List<? extends TrackedEventMessage<?>>>> inFlight =
            new HashMap<>();

    SharedBatches(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(Math.max(16, capacity * 2), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TrackingToken, List<? extends TrackedEventMessage<?>>> e) {
                return size() > SharedBatches.this.capacity;
            }
        };
    }

    /**
     * The batch after {@code token}: a kept one, else the final result of a read of it already in flight, else read
     * now (and kept if it ends without gaps).
     */
    List<? extends TrackedEventMessage<?>> after(TrackingToken token,
                                                 Supplier<List<? extends TrackedEventMessage<?>>> read) {
        if (capacity == 0) {
            return read.get();
        }
        CompletableFuture<List<? extends TrackedEventMessage<?>>> running;
        CompletableFuture<List<? extends TrackedEventMessage<?>>> mine = null;
        synchronized (lock) {
            List<? extends TrackedEventMessage<?>> hit = kept.get(token);
            if (hit != null) {
                return hit;
            }
            running = inFlight.get(token);
            if (running == null) {
                mine = new CompletableFuture<>();
                inFlight.put(token, mine);
            }
        }
        if (mine != null) {
            return readShared(token, read, mine);
        }
        List<? extends TrackedEventMessage<?>> shared = await(token, running);
        if (final_(shared)) {
            return shared;
        }
        // Read while this caller waited, but with gaps: only a read of its own may serve it.
        List<? extends TrackedEventMessage<?>> own = read.get();
        if (final_(own)) {
            synchronized (lock) {
                kept.put(token, own);
            }
        }
        return own;
    }

    private List<? extends TrackedEventMessage<?>> readShared(
            TrackingToken token, Supplier<List<? extends TrackedEventMessage<?>>> read,
            CompletableFuture<List<? extends TrackedEventMessage<?>>> mine) {
        List<? extends TrackedEventMessage<?>> messages;
        try {
            messages = read.get();
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                inFlight.remove(token);
            }
            mine.completeExceptionally(e);
            throw e;
        }
        synchronized (lock) {
            inFlight.remove(token);
            if (final_(messages)) {
                kept.put(token, messages);
            }
        }
        mine.complete(messages);
        return messages;
    }

    private static List<? extends TrackedEventMessage<?>> await(
            TrackingToken token, CompletableFuture<List<? extends TrackedEventMessage<?>>> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("Interrupted while waiting for the batch after " + token, e);
        } catch (ExecutionException e) {
            throw new EventStoreException("Reading the batch after " + token + " failed", e.getCause());
        }
    }

    private static boolean final_(List<? extends TrackedEventMessage<?>> messages) {
        return !messages.isEmpty()
                && messages.get(messages.size() - 1).trackingToken() instanceof GapAwareTrackingToken gapAware
                && gapAware.getGaps().isEmpty();
    }
}
