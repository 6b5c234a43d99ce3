package org.caretrail.web.query;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/**
 * Waits until the projections a query reads have processed a given global position, so that a
 * client sending {@code CareTrail-Position} reads its own writes without sleeping.
 */
@Component
public class ProjectionCatchUp {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 5;
    private static final int FULL_WIDTH = 1 << 20;

    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;

    public ProjectionCatchUp(EventProcessingConfiguration processing, StoredTokens storedTokens) {
        this.processing = processing;
        this.storedTokens = storedTokens;
    }

    /**
     * Returns once every named processing group has passed {@code position}; throws
     * {@link ProjectionsBehindException} after {@link #MAX_WAIT}. A null position returns at once.
     */
    public void await(Long position, String... processingGroups) {
        if (position == null) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        for (String group : processingGroups) {
            while (!hasProcessed(group, position)) {
                if (System.nanoTime() > deadline) {
                    throw new ProjectionsBehindException(group, position);
                }
                sleep();
            }
        }
    }

    private boolean hasProcessed(String group, long position) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(group, StreamingEventProcessor.class);
        if (processor.isEmpty()) {
            throw new IllegalStateException("no streaming event processor named " + group);
        }
        Map<Integer, EventTrackerStatus> segments = processor.get().processingStatus();
        int claimedWidth = 0;
        for (EventTrackerStatus status : segments.values()) {
            if (status.isErrorState() || !covers(status.getTrackingToken(), position)) {
                return false;
            }
            claimedWidth += FULL_WIDTH / (status.getSegment().getMask() + 1);
        }
        if (claimedWidth >= FULL_WIDTH) {
            return true;
        }
        // Segments held by another instance, or by none while a claim moves: their stored tokens
        // decide. (Stored tokens alone would be exact but slow: an idle segment stores its token
        // only when it extends its claim, every few seconds.)
        Map<Integer, TrackingToken> stored = storedTokens.of(group);
        if (stored.isEmpty()) {
            return false;
        }
        for (Map.Entry<Integer, TrackingToken> segment : stored.entrySet()) {
            if (!segments.containsKey(segment.getKey()) && !covers(segment.getValue(), position)) {
                return false;
            }
        }
        return true;
    }

    static boolean covers(TrackingToken token, long position) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectionsBehindException("interrupted", -1);
        }
    }
}
