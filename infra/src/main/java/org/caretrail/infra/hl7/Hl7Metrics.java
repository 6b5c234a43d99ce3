package org.caretrail.infra.hl7;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The HL7 feed's meters, for "is the feed flowing, how much is refused": {@value #MESSAGES} by transport,
 * ACK, outcome and message type, {@value #PROCESSING} per message and transport, {@value #PARKED} waiting for
 * their admission, and {@value #CONNECTIONS}. The parked count is a query, so one answer is reused for
 * {@code parkedRefresh}.
 */
public final class Hl7Metrics {

    public static final String MESSAGES = "caretrail.hl7.messages";
    public static final String PROCESSING = "caretrail.hl7.processing";
    public static final String PARKED = "caretrail.hl7.parked";
    public static final String CONNECTIONS = "caretrail.hl7.mllp.connections";

    /** The type tag of text that could not be read as HL7. */
    static final String UNREADABLE = "unreadable";
    /** The type tag of a readable message CareTrail does not take; the sender's text never becomes a tag. */
    static final String OTHER = "other";
    /** The ack tag of bytes that arrived outside any frame, which nobody is answered for. */
    static final String NO_ACK = "none";

    private final MeterRegistry registry;
    private final long parkedRefreshNanos;
    private LongSupplier parkedCount;
    private long parked;
    private long countedAtNanos;
    private boolean counted;

    public Hl7Metrics(MeterRegistry registry, Duration parkedRefresh) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.parkedRefreshNanos = parkedRefresh.toNanos();
    }

    /** Meters that go nowhere, for an inbox nobody watches. */
    public static Hl7Metrics none() {
        return new Hl7Metrics(new CompositeMeterRegistry(), Duration.ZERO);
    }

    /** The type tag of a readable message: {@code ADT^A01} for the triggers CareTrail takes, else {@value #OTHER}. */
    static String typeOf(MessageHeader header) {
        return "ADT".equals(header.messageType()) && AdtCommandMapper.TRIGGERS.contains(header.triggerEvent())
                ? "ADT^" + header.triggerEvent() : OTHER;
    }

    void received(Hl7Transport transport, Hl7Answer answer, long nanos) {
        Counter.builder(MESSAGES)
                .description("HL7 messages received, by how they came, the ACK they got and what became of them")
                .tag("transport", transport.tag())
                .tag("ack", answer.ack() == null ? NO_ACK : answer.ack().name())
                .tag("outcome", answer.outcome().name())
                .tag("type", answer.type())
                .register(registry).increment();
        Timer.builder(PROCESSING)
                .description("Time from a message's arrival to its ACK: keeping, applying and recording it")
                .tag("transport", transport.tag())
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void watchParked(LongSupplier count) {
        this.parkedCount = count;
        Gauge.builder(PARKED, this, Hl7Metrics::parked)
                .description("HL7 messages parked until their episode's admission arrives")
                .register(registry);
    }

    void watchConnections(MllpServer server) {
        Gauge.builder(CONNECTIONS, server, MllpServer::openConnections)
                .description("Open MLLP connections")
                .register(registry);
    }

    private synchronized double parked() {
        long now = System.nanoTime();
        if (!counted || now - countedAtNanos >= parkedRefreshNanos) {
            parked = parkedCount.getAsLong();
            countedAtNanos = now;
            counted = true;
        }
        return parked;
    }
}
