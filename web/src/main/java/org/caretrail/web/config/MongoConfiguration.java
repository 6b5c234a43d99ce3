package org.caretrail.web.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.infra.mongo.MongoConnection;
import org.caretrail.infra.mongo.MongoHealth;
import org.caretrail.infra.mongo.MongoSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Connects to MongoDB, or starts the embedded server when no URI is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
public class MongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConfiguration.class);

    @Bean(destroyMethod = "close")
    MongoConnection mongoConnection(StorageProperties properties) {
        MongoSettings settings = new MongoSettings(properties.mongodbUri(), properties.database(),
                properties.dataDir(), properties.port(), properties.inMemory());
        MongoConnection connection = MongoConnection.open(settings);
        connection.embeddedServer().ifPresentOrElse(
                server -> log.info("Embedded MongoDB on {} ({}), database '{}', mutual TLS with this start's key{}",
                        server.connectionString(),
                        properties.inMemory() ? "in memory" : "data in " + properties.dataDir().toAbsolutePath(),
                        connection.databaseName(), properties.inMemory() ? "" : " (for tools of this account: "
                                + properties.dataDir().resolve(EmbeddedMongoServer.CREDENTIALS_FILE).toAbsolutePath() + ")"),
                () -> log.info("MongoDB from the configured URI, database '{}'", connection.databaseName()));
        return connection;
    }

    @Bean
    MongoClient mongoClient(MongoConnection connection) {
        return connection.client();
    }

    @Bean
    MongoDatabase mongoDatabase(MongoConnection connection) {
        return connection.database();
    }

    /** Replaces Spring's MongoDB health check, whose {@code hello} the embedded server refuses. */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase database) {
        MongoHealth health = new MongoHealth(database);
        return () -> {
            MongoHealth.Result result = health.check();
            Health.Builder builder = result.up() ? Health.up() : Health.down().withDetail("error", result.error());
            return builder.withDetail("database", result.database())
                    .withDetail("latencyMillis", result.latency().toMillis())
                    .build();
        };
    }
}
