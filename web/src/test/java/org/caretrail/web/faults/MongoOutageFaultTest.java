package org.caretrail.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.web.faults.CommandBurst.Outcome;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB goes away while commands arrive and comes back: the server is stopped, and a new one is
 * started on the same port over the same H2 data directory.
 */
@ApiTest
@DirtiesContext
class MongoOutageFaultTest {

    private static final Path DATA = temporaryDirectory();
    private static final int MONGO_PORT = ChildApp.freePort();
    private static volatile EmbeddedMongoServer server = EmbeddedMongoServer.unsecuredPersistent(DATA, MONGO_PORT);


    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("caretrail.storage.mongodb-uri", () -> "mongodb://127.0.0.1:" + MONGO_PORT + "/outage");
    }

    @Test
    void whileMongoDbIsGoneCommandsGetA503FastAndOnceItIsBackNothingAcknowledgedIsLost(Api api) {
        List<Outcome> outcomes;
        Map<String, List<String>> acknowledged;
        try (CommandBurst burst = new CommandBurst("O", api, 3)) {
            Eventually.await("commands acknowledged before the outage", Duration.ofSeconds(60),
                    () -> burst.acknowledgements() >= 15);

            server.close();
            Eventually.await("503s while MongoDB is gone", Duration.ofSeconds(60),
                    () -> burst.outcomes().stream().filter(outcome -> outcome.status() == 503).count() >= 3);
            assertThat(api.get("/actuator/health").status()).isEqualTo(503);

            server = EmbeddedMongoServer.unsecuredPersistent(DATA, MONGO_PORT);
            int atRestart = burst.acknowledgements();
            Eventually.await("commands acknowledged again", Duration.ofSeconds(60),
                    () -> burst.acknowledgements() >= atRestart + 15);
            burst.close();
            outcomes = burst.outcomes();
            acknowledged = burst.acknowledged();
        }

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.status()).as(outcome.toString()).isIn(201, 200, 503));
        assertThat(outcomes).filteredOn(outcome -> outcome.status() == 503).allSatisfy(outcome -> {
            assertThat(outcome.retryAfter()).as("Retry-After on " + outcome).isTrue();
            assertThat(outcome.body()).contains("database cannot be reached");
        });
        assertThat(outcomes).as("no request hangs").allSatisfy(outcome -> assertThat(outcome.millis()).isLessThan(15_000));

        try (MongoClient client = MongoClients.create(server.connectionString())) {
            StoredEvents stored = new StoredEvents(client.getDatabase("outage"));
            stored.assertNoCommitIsHalfWritten();
            stored.assertEveryEpisodeIsOneUnbrokenSequence();
            acknowledged.forEach((episodeId, events) -> assertThat(
                    stored.of(episodeId).stream().map(StoredEvents.Event::payloadType).toList())
                    .as("stored events of %s", episodeId)
                    .containsAll(events));
        }
        Response marker = api.post("/api/v1/episodes", """
                {"patientId":"P-marker","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-03T10:00:00Z"}""");
        assertThat(marker.status()).isEqualTo(201);
        acknowledged.forEach((episodeId, events) -> {
            Response view = Eventually.value("episode view of " + episodeId, Duration.ofSeconds(60),
                    () -> api.getAfter("/api/v1/episodes/" + episodeId, marker), response -> response.status() == 200);
            assertThat(view.json().get("version").asLong()).isGreaterThanOrEqualTo(events.size() - 1);
        });
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
    }

    /** Closes whichever server is running once the application has stopped using it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ServerShutdown {

        @Bean
        AutoCloseable outageServerShutdown() {
            return () -> {
                server.close();
                deleteRecursively(DATA);
            };
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("caretrail-outage");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
