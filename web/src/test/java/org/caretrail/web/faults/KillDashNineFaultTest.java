package org.caretrail.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application is killed with {@code kill -9} in the middle of a burst of commands, then restarted. */
class KillDashNineFaultTest {

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedCommandIsThereAfterTheRestartAndTheProjectionsConverge() {
        int mongoPort = ChildApp.freePort();
        String[] arguments = {
                "--caretrail.storage.data-dir=" + work.resolve("data"),
                "--caretrail.storage.port=" + mongoPort,
                "--caretrail.processing.claim-timeout=3s"};

        Map<String, List<String>> acknowledged;
        try (ChildApp app = ChildApp.start(work, "before-kill", arguments)) {
            CommandBurst burst = new CommandBurst("K", app.api(), 4);
            Eventually.await("150 acknowledged commands", Duration.ofSeconds(60), () -> burst.acknowledgements() >= 150);
            app.kill();
            burst.close();
            acknowledged = burst.acknowledged();
        }

        try (ChildApp app = ChildApp.start(work, "after-restart", arguments);
             MongoClient client = MongoClients.create(
                     // the child's embedded server admits only its own key, which it leaves in the data directory
                     EmbeddedMongoServer.clientSettings(work.resolve("data")).build())) {
            StoredEvents stored = new StoredEvents(client.getDatabase("caretrail"));
            stored.assertNoCommitIsHalfWritten();
            stored.assertEveryEpisodeIsOneUnbrokenSequence();
            acknowledged.forEach((episodeId, events) -> assertThat(
                    stored.of(episodeId).stream().map(StoredEvents.Event::payloadType).toList())
                    .as("stored events of %s", episodeId)
                    .containsAll(events));

            Api api = app.api();
            Response after = api.post("/api/v1/episodes", """
                    {"patientId":"P-after","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-03T10:00:00Z"}""");
            assertThat(after.status()).as(after.toString()).isEqualTo(201);
            stored.byEpisode().forEach((episodeId, events) -> {
                JsonNode view = readAfter(api, "/api/v1/episodes/" + episodeId, after);
                assertThat(view.get("version").asLong()).as("version of %s", episodeId).isEqualTo(events.size() - 1);
                JsonNode trail = readAfter(api, "/api/v1/episodes/" + episodeId + "/audit", after);
                assertThat(trail.get("entries")).as("audit trail of %s", episodeId).hasSize(events.size());
            });
        }
    }

    // The restarted instance waits for the dead one's claims to expire before its projections move.
    private static JsonNode readAfter(Api api, String path, Response command) {
        return Eventually.value(path, Duration.ofSeconds(60), () -> api.getAfter(path, command),
                response -> response.status() == 200).json();
    }
}
