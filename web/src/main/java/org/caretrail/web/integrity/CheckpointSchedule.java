package org.caretrail.web.integrity;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.infra.integrity.CheckpointWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes checkpoints on a fixed delay in the web application. A scheduled task rather than an event processor:
 * checkpoints must cover voided and dead positions too, which no processor sees. Several instances may run it; the
 * checkpoint number is unique, so one wins each round.
 */
@Component
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final CheckpointWriter writer;
    private final IntegrityProperties properties;
    private ScheduledExecutorService scheduler;

    public CheckpointSchedule(StoredPositions positions, CheckpointStore checkpoints, Clock clock,
                              CareTrailEventStorageEngine engine, IntegrityProperties properties,
                              CheckpointSeal seal) {
        // The engine's gap timeout: past it, a missing position can no longer be filled.
        this.writer = new CheckpointWriter(positions, checkpoints, clock, engine.gapTimeout(), 10_000, seal);
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "integrity-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.checkpointInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::checkpoint, interval, interval, TimeUnit.MILLISECONDS);
    }

    // A failed round is logged and retried at the next one; the events it would cover are still in the store.
    private void checkpoint() {
        try {
            writer.catchUp().forEach(checkpoint -> log.debug("Checkpoint {} covers positions {}..{}",
                    checkpoint.number(), checkpoint.fromPosition(), checkpoint.position()));
        } catch (RuntimeException e) {
            log.warn("Writing an integrity checkpoint failed; retrying in {}", properties.checkpointInterval(), e);
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
