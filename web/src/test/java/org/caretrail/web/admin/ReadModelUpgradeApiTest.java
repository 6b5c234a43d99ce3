package org.caretrail.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrading CareTrail on an existing database: a read model whose stored version is older than the one the new code
 * writes is rebuilt from the event store at the first start, by itself; the others are left as they are.
 */
class ReadModelUpgradeApiTest {

    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.unsecuredInMemory();
    private static final String DATABASE = "upgrade";

    @TempDir
    Path work;

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void aReadModelStoredAsAnOlderVersionIsRebuiltAtTheFirstStartAndTheOthersAreLeftAlone() {
        String[] arguments = {"--caretrail.storage.mongodb-uri=" + SERVER.connectionString() + "/" + DATABASE,
                "--caretrail.processing.claim-timeout=3s"};
        String episode;
        try (ChildApp first = ChildApp.start(work, "first", arguments)) {
            Api api = first.api();
            Response admitted = api.post("/api/v1/episodes", """
                    {"patientId":"P-UP","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"}""")
                    .expect(201);
            episode = admitted.json().get("episodeId").asText();
            api.readAfter("/api/v1/episodes/" + episode, admitted);
            api.readAfter("/api/v1/episodes/" + episode + "/audit", admitted);
            first.stop();
        }
        try (MongoClient client = MongoClients.create(SERVER.connectionString())) {
            MongoDatabase database = client.getDatabase(DATABASE);
            // a new database records what each read model's code writes
            assertThat(versions(database)).containsEntry(ProcessingGroups.EPISODE_VIEW, 2)
                    .containsEntry(ProcessingGroups.AUDIT_TRAIL, 1).containsEntry(ProcessingGroups.COMPLIANCE, 2)
                    .containsEntry(ProcessingGroups.READMISSION, 2);
            // the episode view as an older CareTrail stored it (no version recorded, a field it no longer writes
            // so); the audit trail marked, to see that a current read model is not rebuilt
            database.getCollection(ReadModelUpgrades.COLLECTION).deleteOne(Filters.eq("_id", ProcessingGroups.EPISODE_VIEW));
            assertThat(database.getCollection("episode_view")
                    .updateOne(Filters.eq("_id", episode), Updates.set("unit", "BUILT-BY-AN-OLDER-VERSION"))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(database.getCollection("audit_trail")
                    .updateMany(Filters.eq("episodeId", episode), Updates.set("actor", "left-as-it-was"))
                    .getModifiedCount()).isPositive();
            // written by a newer CareTrail than this one: left as it is
            database.getCollection(ReadModelUpgrades.COLLECTION).updateOne(
                    Filters.eq("_id", ProcessingGroups.READMISSION), Updates.set("version", 99));
        }

        try (ChildApp second = ChildApp.start(work, "second", arguments);
             MongoClient client = MongoClients.create(SERVER.connectionString())) {
            Api api = second.api();
            JsonNode view = Eventually.value("the rebuilt episode view", Duration.ofSeconds(60),
                    () -> api.get("/api/v1/episodes/" + episode),
                    response -> response.status() == 200
                            && !response.json().path("unit").asText().equals("BUILT-BY-AN-OLDER-VERSION")).json();
            assertThat(view.get("patientId").asText()).isEqualTo("P-UP");
            assertThat(api.get("/api/v1/episodes/" + episode + "/audit").expect(200).json().get("entries")
                    .get(0).get("actor").asText()).isEqualTo("left-as-it-was");
            Map<String, Integer> versions = versions(client.getDatabase(DATABASE));
            assertThat(versions).containsEntry(ProcessingGroups.EPISODE_VIEW, 2)
                    .containsEntry(ProcessingGroups.READMISSION, 99);
            assertThat(second.logLines()).anyMatch(line -> line.contains(
                    "Rebuilding read model 'episode-view' from the event store: it is stored as version 1, this "
                            + "CareTrail writes version 2"))
                    .anyMatch(line -> line.contains("Read model 'readmission' was written by a newer CareTrail"))
                    .noneMatch(line -> line.contains("Rebuilding read model 'audit-trail'"));
        }
    }

    private static Map<String, Integer> versions(MongoDatabase database) {
        Map<String, Integer> versions = new HashMap<>();
        for (Document document : database.getCollection(ReadModelUpgrades.COLLECTION).find()) {
            versions.put(document.getString("_id"), document.getInteger("version"));
        }
        return versions;
    }
}
