package org.caretrail.infra.notification;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: at each look it finds every recipient's oldest pending notice, claims the due ones under a
 * lease and sends them, one recipient per thread, going on with that recipient's next notice after each delivery.
 * At least once: a notice whose delivery was not recorded (a crash, a lost lease) is sent again, under the same id.
 */
public final class DeliveryWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final NotificationOutbox outbox;
    private final Map<String, Sender> senders;
    private final DeliverySettings settings;
    private final Clock clock;
    private final DeliveryMetrics metrics;
    private final Backoff backoff;
    private final String instance = UUID.randomUUID().toString();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(
            runnable -> daemon(runnable, "notification-looker"));
    private final ExecutorService senderThreads;

    public DeliveryWorker(MongoDatabase database, RecipientSecrets secrets, DeliverySettings settings, Clock clock,
                          MeterRegistry registry) {
        this.outbox = new NotificationOutbox(database);
        this.senders = Map.of(
                "WEBHOOK", new WebhookSender(secrets, clock, settings.connectTimeout(), settings.responseTimeout()),
                "MLLP", new MllpSender(clock, settings.connectTimeout(), settings.responseTimeout()));
        this.settings = settings;
        this.clock = clock;
        this.metrics = new DeliveryMetrics(registry);
        this.backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.senderThreads = Executors.newFixedThreadPool(settings.threads(),
                runnable -> daemon(runnable, "notification-sender"));
    }

    public void start() {
        looker.scheduleWithFixedDelay(this::lookSafely, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        looker.shutdownNow();
        senderThreads.shutdownNow();
        try {
            senderThreads.awaitTermination(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void lookSafely() {
        try {
            look();
        } catch (RuntimeException e) {
            // a database outage: the next look tries again; nothing was claimed or recorded half-way
            log.warn("Looking for notices to deliver failed: {}", e.toString());
        }
    }

    private void look() {
        Instant now = clock.instant();
        Map<String, Document> heads = outbox.heads();
        metrics.pending(outbox.countPending());
        heads.forEach((recipientId, head) -> {
            if (NotificationOutbox.isDue(head, now) && busy.add(recipientId)) {
                senderThreads.execute(() -> serve(recipientId, head.getString("_id")));
            }
        });
    }

    /** Delivers the recipient's notices in order until one fails or none is due. */
    private void serve(String recipientId, String headId) {
        try {
            Optional<String> next = Optional.of(headId);
            while (next.isPresent() && !Thread.currentThread().isInterrupted()) {
                next = deliver(next.get()) ? outbox.dueHead(recipientId, clock.instant()).map(d -> d.getString("_id"))
                        : Optional.empty();
            }
        } catch (RuntimeException e) {
            log.warn("Delivering to recipient {} failed: {}", recipientId, e.toString());
        } finally {
            busy.remove(recipientId);
        }
    }

    /** One attempt at one notice; true when it was delivered and the next one may go. */
    private boolean deliver(String notificationId) {
        String claim = instance + "/" + UUID.randomUUID();
        Instant now = clock.instant();
        Optional<Notice> claimed = outbox.claim(notificationId, claim, now, now.plus(settings.lease()));
        if (claimed.isEmpty()) {
            return false;
        }
        Notice notice = claimed.get();
        Sender sender = senders.get(notice.channel());
        DeliveryResult result = sender == null ? DeliveryResult.failed("unknown channel " + notice.channel())
                : sender.send(notice);
        Instant done = clock.instant();
        if (result.delivered()) {
            if (outbox.delivered(notice, claim, done)) {
                metrics.delivered(notice, Duration.between(notice.recordedAt(), done));
            }
            return true;
        }
        boolean dead = notice.attempts() + 1 >= settings.maxAttempts();
        if (outbox.failed(notice, claim, done, result.error(), dead, done.plus(backoff.after(notice.attempts() + 1)))) {
            if (dead) {
                metrics.dead(notice);
                log.warn("Notice {} to {} is dead after {} attempts: {}", notice.notificationId(),
                        notice.recipientId(), notice.attempts() + 1, result.error());
                return true;
            }
            metrics.retried(notice);
        }
        return false;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
