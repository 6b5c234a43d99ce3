package org.caretrail.infra.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last batches read from the global stream, as messages, for the other processors that ask for the same batch:
 * in a rebuild every projection reads the same positions in the same steps, and sharing the messages reads and
 * decodes each commit once instead of once per processor, and deserializes each payload and its metadata once (the
 * messages deserialize lazily and keep what they deserialized).
 * <p>
 * Only a batch whose last token has no gaps is kept: every position up to it is then stored or voided for good, and
 * a gap of the token it was read from was either filled or given up, neither of which can change later (a writer
 * refuses positions older than its append timeout). A later read from the same token could therefore only return
 * the same events, or more of them if the first read stopped at the head: a kept batch is exact, whenever it is
 * served, and the gap-aware guarantees are untouched. A batch with gaps is never kept, so nothing depends on time.
 */
final class SharedBatches {

    private final int capacity;
    private final Map<TrackingToken, List<? extends TrackedEventMessage<?>>> kept;

    SharedBatches(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(Math.max(16, capacity * 2), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TrackingToken, List<? extends TrackedEventMessage<?>>> e) {
                return size() > SharedBatches.this.capacity;
            }
        };
    }

    /** The batch after {@code token}: a kept one, else read now (and kept if it ends without gaps). */
    List<? extends TrackedEventMessage<?>> after(TrackingToken token,
                                                 Supplier<List<? extends TrackedEventMessage<?>>> read) {
        if (capacity == 0) {
            return read.get();
        }
        synchronized (kept) {
            List<? extends TrackedEventMessage<?>> hit = kept.get(token);
            if (hit != null) {
                return hit;
            }
        }
        List<? extends TrackedEventMessage<?>> messages = read.get();
        if (!messages.isEmpty() && final_(messages.get(messages.size() - 1).trackingToken())) {
            synchronized (kept) {
                kept.put(token, messages);
            }
        }
        return messages;
    }

    private static boolean final_(TrackingToken token) {
        return token instanceof GapAwareTrackingToken gapAware && gapAware.getGaps().isEmpty();
    }
}
