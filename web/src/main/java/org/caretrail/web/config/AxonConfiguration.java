package org.caretrail.web.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.config.SpringConfigurer;
import org.caretrail.domain.episode.EpisodeAggregate;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.serialization.CareTrailSerializers;
import org.caretrail.web.command.AppendedPositions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon without Axon Server: CareTrail's own event store on MongoDB, the MongoDB token store of
 * the Axon MongoDB extension (configured by hand, since its starter would register session
 * transactions the embedded server refuses), Jackson everywhere, pooled streaming processors.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** How many segments each projection is split into; instances share them through the token store. */
    static final int SEGMENTS = 4;

    /**
     * The most events a segment handles in one unit of work (one flush of each read model, one token write). Only a
     * processor behind the head fills a batch, a rebuild or a catch-up; a processor at the head takes what arrived.
     */
    static final int BATCH_SIZE = 500;

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return CareTrailSerializers.jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return CareTrailSerializers.jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return CareTrailSerializers.jackson();
    }

    /** Closed after Axon has stopped handling commands: voids the unused positions this instance holds. */
    @Bean(destroyMethod = "close")
    CareTrailEventStorageEngine eventStorageEngine(MongoDatabase database,
                                                   @Qualifier("eventSerializer") Serializer events,
                                                   Serializer snapshots) {
        CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder()
                .database(database)
                .eventSerializer(events)
                .snapshotSerializer(snapshots)
                // Episodes stay short (tens of events) and no snapshot trigger is configured, so a
                // command need not look for a snapshot; turn this on together with a trigger.
                .readSnapshots(false)
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoClient client, MongoDatabase database, Serializer serializer,
                          @Value("${caretrail.processing.claim-timeout:10s}") Duration claimTimeout) {
        return new ProjectionFlushingTokenStore(MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database.getName()).build())
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .build());
    }

    @Bean
    AppendedPositions appendedPositions(CareTrailEventStorageEngine engine) {
        return new AppendedPositions() {
            @Override
            public OptionalLong lastAppendedByCurrentThread() {
                return CareTrailEventStorageEngine.lastAppendedPositionOfCurrentThread();
            }

            @Override
            public void forgetCurrentThread() {
                CareTrailEventStorageEngine.forgetLastAppendedPositionOfCurrentThread();
            }

            @Override
            public long head() {
                return engine.lastAllocatedPosition();
            }
        };
    }

    /** Copies the caller's identity and the message origin onto every event a command records. */
    @Bean
    CorrelationDataProvider callerCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.ROLE, EventMetadata.SOURCE,
                EventMetadata.SOURCE_MESSAGE_ID, EventMetadata.SENDING_APPLICATION);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    @Bean
    ConfigurerModule careTrailAxonModule(@Value("${caretrail.processing.claim-timeout:10s}") Duration claimTimeout,
                                         @Value("${caretrail.processing.max-claimed-segments:" + SEGMENTS + "}")
                                         int maxClaimedSegments,
                                         @Value("${caretrail.processing.batch-size:" + BATCH_SIZE + "}")
                                         int batchSize) {
        return configurer -> {
            configurer.configureAggregate(EpisodeAggregate.type());
            // Axon's per-message monitors on the projections' processors cost a tenth of a rebuild's CPU
            // (decision 0021); their lag is reported by ProjectionLagMetrics. The command bus keeps its meters.
            configurer.eventProcessing(processing -> ProcessingGroups.ALL.forEach(group ->
                    processing.registerMessageMonitor(group, config -> NoOpMessageMonitor.INSTANCE)));
            configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors(
                    (config, builder) -> builder.initialSegmentCount(SEGMENTS).batchSize(batchSize)
                            // With N instances, N x this >= SEGMENTS spreads the work; the default claims all.
                            .maxClaimedSegments(maxClaimedSegments)
                            .claimExtensionThreshold(claimTimeout.toMillis() / 3)
                            // A full batch can take longer than the claim timeout on a busy machine: the coordinator
                            // keeps extending the claims of segments that are still handling one (decision 0025).
                            .enableCoordinatorClaimExtension()));
        };
    }
}
