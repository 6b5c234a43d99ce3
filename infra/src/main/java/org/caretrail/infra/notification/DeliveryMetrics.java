package org.caretrail.infra.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The delivery meters: notices pending (counted at each look for work), delivered and dead (failed for good) by
 * channel, failed attempts that will be retried, and the latency from recording the event to its delivery.
 */
final class DeliveryMetrics {

    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();
    private final Timer latency;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("caretrail.notifications.pending", pending, AtomicLong::get)
                .description("Notices waiting for delivery or for their next attempt").register(registry);
        this.latency = Timer.builder("caretrail.notifications.latency")
                .description("From recording the triggering event to delivering its notice")
                .publishPercentileHistogram()
                .register(registry);
    }

    void pending(long count) {
        pending.set(count);
    }

    void delivered(Notice notice, Duration sinceRecorded) {
        counter("caretrail.notifications.delivered", notice, "Notices delivered").increment();
        latency.record(sinceRecorded);
    }

    void retried(Notice notice) {
        counter("caretrail.notifications.retries", notice, "Failed attempts that will be retried").increment();
    }

    void dead(Notice notice) {
        counter("caretrail.notifications.failed", notice, "Notices that failed every attempt").increment();
    }

    private Counter counter(String name, Notice notice, String description) {
        return Counter.builder(name).description(description).tag("channel", notice.channel()).register(registry);
    }
}
