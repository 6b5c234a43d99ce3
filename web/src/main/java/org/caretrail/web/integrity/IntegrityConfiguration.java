package org.caretrail.web.integrity;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.integrity.ChainVerifier;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.infra.integrity.LogCheckpointStore;
import org.caretrail.infra.integrity.LogVerifier;
import org.caretrail.infra.integrity.LogVerifiers;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verification of the event store and the hash-chained logs, shared by the web application and the command-line check. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrityProperties.class)
public class IntegrityConfiguration {

    @Bean
    StoredPositions storedPositions(MongoDatabase database) {
        return StoredPositions.open(database);
    }

    @Bean
    CheckpointStore checkpointStore(MongoDatabase database) {
        return new CheckpointStore(database);
    }

    @Bean
    CheckpointSeal checkpointSeal(IntegrityProperties properties) {
        return CheckpointKey.seal(properties);
    }

    /** The hash-chained logs (decision 0024), by collection name. */
    static final List<String> LOGS = List.of(AccessLogStore.COLLECTION, SecurityLogStore.COLLECTION);

    @Bean
    LogCheckpointStore logCheckpointStore(MongoDatabase database) {
        return new LogCheckpointStore(database);
    }

    @Bean
    LogVerifiers logVerifiers(MongoDatabase database, LogCheckpointStore checkpoints, IntegrityProperties properties,
                              CheckpointSeal seal) {
        return new LogVerifiers(LOGS.stream()
                .map(log -> new LogVerifier(database, log, checkpoints, properties.batchSize(), seal)).toList());
    }

    @Bean
    ChainVerifier chainVerifier(StoredPositions positions, CheckpointStore checkpoints,
                                IntegrityProperties properties, CheckpointSeal seal) {
        return new ChainVerifier(positions, checkpoints, properties.batchSize(), seal);
    }
}
