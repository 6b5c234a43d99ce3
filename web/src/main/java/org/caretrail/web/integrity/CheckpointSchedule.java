package org.caretrail.web.integrity;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.infra.integrity.CheckpointWriter;
import org.caretrail.infra.integrity.LogCheckpointStore;
import org.caretrail.infra.integrity.LogCheckpointWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes checkpoints, of the event store and of each hash-chained log, on a fixed delay in the web application. A scheduled task rather than an event processor:
 * checkpoints must cover voided and dead positions too, which no processor sees. Several instances may run it; the
 * checkpoint number is unique, so one wins each round.
 */
@Component
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    /**
     * How long a taken log sequence without an entry may still be written: past it, it is absent (decision 0024).
     * Far above an access-log write's time; a write still landing later is reported by verification.
     */
    static final Duration LOG_SETTLE_TIME = Duration.ofMinutes(5);

    private final CheckpointWriter writer;
    private final List<LogCheckpointWriter> logWriters;
    private final IntegrityProperties properties;
    private ScheduledExecutorService scheduler;

    public CheckpointSchedule(StoredPositions positions, CheckpointStore checkpoints, Clock clock,
                              CareTrailEventStorageEngine engine, IntegrityProperties properties,
                              CheckpointSeal seal, MongoDatabase database, LogCheckpointStore logCheckpoints) {
        // The engine's gap timeout: past it, a missing position can no longer be filled.
        this.writer = new CheckpointWriter(positions, checkpoints, clock, engine.gapTimeout(), 10_000, seal);
        this.logWriters = IntegrityConfiguration.LOGS.stream().map(log -> new LogCheckpointWriter(database, log,
                logCheckpoints, clock, LOG_SETTLE_TIME, 10_000, seal)).toList();
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
        for (LogCheckpointWriter logWriter : logWriters) {
            try {
                logWriter.catchUp().forEach(checkpoint -> log.debug("Checkpoint {} of {} covers sequences {}..{}",
                        checkpoint.number(), checkpoint.log(), checkpoint.fromSequence(), checkpoint.sequence()));
            } catch (RuntimeException e) {
                log.warn("Writing a log checkpoint failed; retrying in {}", properties.checkpointInterval(), e);
            }
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
