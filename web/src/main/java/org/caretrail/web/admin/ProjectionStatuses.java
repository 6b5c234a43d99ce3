package org.caretrail.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.web.query.StoredTokens;
import org.springframework.stereotype.Component;

/**
 * Reads each projection's progress: segments claimed on this instance from the processor, the others from their
 * stored tokens (another instance may be working them).
 */
@Component
public class ProjectionStatuses {

    private final EventProcessingConfiguration processing;
    private final CareTrailEventStorageEngine engine;
    private final StoredTokens storedTokens;

    public ProjectionStatuses(EventProcessingConfiguration processing, CareTrailEventStorageEngine engine,
                              StoredTokens storedTokens) {
        this.processing = processing;
        this.engine = engine;
        this.storedTokens = storedTokens;
    }

    /** Every streaming projection, by name. */
    public List<ProjectionStatus> all() {
        long head = engine.lastAllocatedPosition();
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        List<ProjectionStatus> statuses = new ArrayList<>();
        processors.forEach((name, processor) -> statuses.add(status(name, processor, head)));
        return statuses;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> claimed = processor.processingStatus();
        Long slowest = null;
        boolean replaying = false;
        double progress = 1;
        for (EventTrackerStatus status : claimed.values()) {
            slowest = min(slowest, position(status.getTrackingToken()));
            if (status.isReplaying()) {
                replaying = true;
                progress = Math.min(progress, progress(status));
            }
        }
        for (Map.Entry<Integer, TrackingToken> stored : storedTokens.of(name).entrySet()) {
            if (!claimed.containsKey(stored.getKey())) {
                slowest = min(slowest, position(stored.getValue()));
            }
        }
        Long lag = slowest == null ? null : Math.max(0, head - slowest);
        return new ProjectionStatus(name, slowest, head, lag, replaying, replaying ? progress : null);
    }

    private static double progress(EventTrackerStatus status) {
        OptionalLong current = status.getCurrentPosition();
        OptionalLong reset = status.getResetPosition();
        if (current.isEmpty() || reset.isEmpty() || reset.getAsLong() <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, (double) current.getAsLong() / reset.getAsLong()));
    }

    private static Long position(TrackingToken token) {
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        return current == null ? -1L : current.position().orElse(-1);
    }

    private static Long min(Long slowest, Long position) {
        return slowest == null ? position : Math.min(slowest, position);
    }
}
