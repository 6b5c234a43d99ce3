package org.caretrail.web.hl7;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.caretrail.infra.hl7.Hl7Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drops the text of HL7 messages past their retention ({@code caretrail.hl7.raw-retention}) on a fixed delay:
 * raw messages hold PHI, and once applied only their outcome and content hash are needed.
 */
public class RawMessageRetention implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RawMessageRetention.class);

    private final Hl7Inbox inbox;
    private final Hl7Properties properties;
    private ScheduledExecutorService scheduler;

    public RawMessageRetention(Hl7Inbox inbox, Hl7Properties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hl7-raw-retention");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.rawRetentionCheck().toMillis();
        scheduler.scheduleWithFixedDelay(this::dropExpired, interval, interval, TimeUnit.MILLISECONDS);
    }

    // a failed round is retried at the next one; nothing is lost by dropping text later than due
    private void dropExpired() {
        try {
            long dropped = inbox.dropExpiredRaw();
            if (dropped > 0) {
                log.info("Dropped the text of {} HL7 messages past their retention of {}", dropped,
                        properties.rawRetention());
            }
        } catch (RuntimeException e) {
            log.warn("Dropping expired HL7 message text failed; retrying in {}", properties.rawRetentionCheck(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
