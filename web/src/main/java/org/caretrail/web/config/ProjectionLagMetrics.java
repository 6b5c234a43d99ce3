package org.caretrail.web.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code caretrail.projection.lag{processor}}: how many global positions each projection's
 * slowest segment on this instance is behind the head of the event store, for dashboards and
 * alerts. NaN while the processor has claimed no segment here.
 */
@Component
public class ProjectionLagMetrics {

    private final EventProcessingConfiguration processing;
    private final CareTrailEventStorageEngine engine;
    private final MeterRegistry registry;

    public ProjectionLagMetrics(EventProcessingConfiguration processing, CareTrailEventStorageEngine engine,
                                MeterRegistry registry) {
        this.processing = processing;
        this.engine = engine;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("caretrail.projection.lag", streaming, this::lag)
                        .tag("processor", name)
                        .description("global positions between the event store head and the projection")
                        .register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken token = status.getTrackingToken();
            TrackingToken current = WrappedToken.unwrapLowerBound(token);
            long position = current == null ? -1 : current.position().orElse(-1);
            slowest = Math.min(slowest, position);
        }
        if (slowest == Long.MAX_VALUE) {
            return Double.NaN;
        }
        long head = engine.lastAllocatedPosition();
        return Math.max(0, head - slowest);
    }
}
