package org.caretrail.web.integrity;

import com.mongodb.client.MongoDatabase;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.integrity.ChainVerifier;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.integrity.CheckpointStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The verification of the event store, shared by the web application and the command-line check. */
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

    @Bean
    ChainVerifier chainVerifier(StoredPositions positions, CheckpointStore checkpoints,
                                IntegrityProperties properties, CheckpointSeal seal) {
        return new ChainVerifier(positions, checkpoints, properties.batchSize(), seal);
    }
}
