package org.caretrail.web.admin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.lifecycle.Phase;
import org.bson.Document;
import org.caretrail.projections.support.ReadModelVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Rebuilds a read model once when the code that starts writes a newer {@link ReadModelVersion} of it than the one
 * stored (decision 0030), just before the event processors start: its tokens are reset while nothing processes, so
 * its reset handler clears its documents and the processor replays the event store from the start. The version is
 * recorded in {@value #COLLECTION} after the reset, so a crash in between resets again (a replay that restarts, no
 * harm) and never leaves an old read model marked new. A database without tokens for the processor is new: its
 * version is recorded and nothing is reset. A read model with tokens but no recorded version was stored before
 * versions were recorded and counts as version 1.
 */
public final class ReadModelUpgrades {

    static final String COLLECTION = "read_model_versions";
    private static final Logger LOGGER = LoggerFactory.getLogger(ReadModelUpgrades.class);

    private static final long RETRY_MILLIS = 500;

    private final ApplicationContext context;
    private final MongoCollection<Document> versions;
    private final Clock clock;
    private final Duration claimTimeout;

    /**
     * @param claimTimeout how long a segment claim of an instance that stopped without releasing it (a crash) holds:
     *                     the reset waits that long for such claims before it gives up
     */
    public ReadModelUpgrades(ApplicationContext context, MongoDatabase database, Clock clock, Duration claimTimeout) {
        this.context = context;
        this.versions = database.getCollection(COLLECTION);
        this.clock = clock;
        this.claimTimeout = claimTimeout;
    }

    /** Runs the upgrade check as the last step before Axon starts the event processors. */
    public ConfigurerModule module() {
        return configurer -> configurer.onInitialize(axon -> axon.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> upgrade(axon.eventProcessingConfiguration())));
    }

    /** Each processing group with a versioned projection, and the version its code writes. */
    Map<String, Integer> declared() {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (Object bean : context.getBeansWithAnnotation(ReadModelVersion.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            ReadModelVersion version = AnnotationUtils.findAnnotation(type, ReadModelVersion.class);
            if (group != null && version != null) {
                declared.merge(group.value(), version.value(), Math::max);
            }
        }
        return declared;
    }

    void upgrade(EventProcessingConfiguration processing) {
        declared().forEach((group, version) -> processing.eventProcessor(group, StreamingEventProcessor.class)
                .ifPresent(processor -> upgrade(group, version, processor, processing.tokenStore(group))));
    }

    private void upgrade(String group, int version, StreamingEventProcessor processor, TokenStore tokens) {
        Optional<Integer> stored = storedVersion(group);
        if (stored.isEmpty() && tokens.fetchSegments(group).length == 0) {
            record(group, version);
            return;
        }
        int was = stored.orElse(1);
        if (was > version) {
            LOGGER.warn("Read model '{}' was written by a newer CareTrail (version {}; this one writes {}): it is "
                    + "left as it is; reset it if this version should rebuild it", group, was, version);
            return;
        }
        if (was == version) {
            if (stored.isEmpty()) {
                record(group, version);
            }
            return;
        }
        LOGGER.info("Rebuilding read model '{}' from the event store: it is stored as version {}, this CareTrail "
                + "writes version {}", group, was, version);
        if (!reset(processor)) {
            LOGGER.warn("Read model '{}' needs a rebuild (version {} -> {}) but another running instance holds its "
                    + "segments: it stays as it is until every instance runs this version and one of them starts, or "
                    + "until POST /api/v1/admin/projections/{}/reset", group, was, version, group);
            return;
        }
        record(group, version);
    }

    // Resets the tokens; the claims of an instance that crashed hold for the claim timeout, so they are waited for
    // that long. False when the segments stay claimed (an instance still running).
    private boolean reset(StreamingEventProcessor processor) {
        long deadline = System.nanoTime() + claimTimeout.toNanos() + TimeUnit.MILLISECONDS.toNanos(RETRY_MILLIS);
        while (true) {
            try {
                processor.resetTokens();
                return true;
            } catch (UnableToClaimTokenException e) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private Optional<Integer> storedVersion(String group) {
        return Optional.ofNullable(versions.find(Filters.eq("_id", group)).first())
                .map(document -> document.getInteger("version"));
    }

    private void record(String group, int version) {
        versions.replaceOne(Filters.eq("_id", group),
                new Document("_id", group).append("version", version).append("recordedAt", clock.instant()
                        .toString()), new ReplaceOptions().upsert(true));
    }
}
