package org.caretrail.web.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class IntegrityApiTest {

    private final Api api;
    @Autowired
    MongoDatabase database;

    IntegrityApiTest(Api api) {
        this.api = api;
    }

    @Test
    void verificationIsOkUntilAStoredEventIsEditedAndThenNamesItsPosition() {
        String episodeId = api.admit("P-700", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");

        Response intact = api.get("/api/v1/audit/verify");
        assertThat(intact.status()).isEqualTo(200);
        assertThat(intact.json().get("status").asText()).isEqualTo("OK");
        assertThat(intact.json().get("checkedEvents").asLong()).isPositive();
        assertThat(intact.json().has("firstBrokenPosition")).isFalse();

        MongoCollection<BsonDocument> events = database.getCollection("events", BsonDocument.class);
        BsonDocument original = events.find(Filters.eq("streamKeys", episodeId + ":0")).first();
        BsonDocument edited = original.clone();
        BsonDocument admission = admissionIn(edited, episodeId);
        admission.getDocument("metaData").put("actor", new BsonString("someone-else"));
        events.replaceOne(Filters.eq("_id", original.get("_id")), edited);
        try {
            JsonNode broken = api.get("/api/v1/audit/verify").json();

            assertThat(broken.get("status").asText()).isEqualTo("BROKEN");
            assertThat(broken.get("firstBrokenPosition").asLong())
                    .isEqualTo(admission.getNumber("globalIndex").longValue());
            assertThat(broken.get("reason").asText()).contains(episodeId);
        } finally {
            events.replaceOne(Filters.eq("_id", original.get("_id")), original);
        }
        assertThat(api.get("/api/v1/audit/verify").json().get("status").asText()).isEqualTo("OK");
    }

    @Test
    void anEditedAccessLogEntryFailsVerificationNamingTheLogAndItsSequence() {
        String episodeId = api.admit("P-703", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        Response discharge = api.discharge(episodeId, "2026-03-03T10:00:00Z", "01");
        assertThat(api.getAfter("/api/v1/episodes/" + episodeId, discharge).status()).isEqualTo(200);

        JsonNode intact = api.get("/api/v1/audit/verify").json();
        assertThat(intact.get("status").asText()).isEqualTo("OK");
        assertThat(intact.get("logs")).extracting(log -> log.get("log").asText())
                .containsExactly("access_log", "security_log");
        assertThat(intact.get("logs").get(0).get("status").asText()).isEqualTo("OK");
        assertThat(intact.get("logs").get(0).get("checkedEntries").asLong()).isPositive();

        MongoCollection<BsonDocument> accessLog = database.getCollection("access_log", BsonDocument.class);
        BsonDocument original = accessLog.find(Filters.eq("path", "/api/v1/episodes/" + episodeId)).first();
        BsonDocument edited = original.clone();
        edited.put("user", new BsonString("someone-else"));
        accessLog.replaceOne(Filters.eq("_id", original.get("_id")), edited);
        try {
            JsonNode broken = api.get("/api/v1/audit/verify").json();

            assertThat(broken.get("status").asText()).isEqualTo("BROKEN");
            assertThat(broken.has("firstBrokenPosition")).isFalse();
            long sequence = original.getNumber("seq").longValue();
            assertThat(broken.get("reason").asText()).startsWith("access_log at sequence " + sequence);
            JsonNode log = broken.get("logs").get(0);
            assertThat(log.get("status").asText()).isEqualTo("BROKEN");
            assertThat(log.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
            assertThat(log.get("reason").asText()).contains("edited");
            assertThat(broken.get("logs").get(1).get("status").asText()).isEqualTo("OK");
        } finally {
            accessLog.replaceOne(Filters.eq("_id", original.get("_id")), original);
        }
        assertThat(api.get("/api/v1/audit/verify").json().get("status").asText()).isEqualTo("OK");
    }

    @Test
    void checkpointsCoveringNewEventsCanBeExported() throws InterruptedException {
        api.admit("P-701", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        long head = database.getCollection("event_counters", BsonDocument.class)
                .find(Filters.eq("_id", "globalPosition")).first().getNumber("value").longValue();

        JsonNode checkpoints = exportedUntilCovered(api, head);

        assertThat(checkpoints.size()).isPositive();
        JsonNode first = checkpoints.get(0);
        assertThat(first.get("number").asLong()).isEqualTo(1);
        assertThat(first.get("fromPosition").asLong()).isEqualTo(1);
        assertThat(first.get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(first.get("createdAt").asText()).endsWith("Z");
        assertThat(checkpoints.get(checkpoints.size() - 1).get("position").asLong()).isGreaterThanOrEqualTo(head);
    }

    @Test
    void anExportedCheckpointIsSignedAndGivenBackToVerifyOverHttp() throws InterruptedException {
        api.admit("P-702", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        long head = database.getCollection("event_counters", BsonDocument.class)
                .find(Filters.eq("_id", "globalPosition")).first().getNumber("value").longValue();
        JsonNode checkpoints = exportedUntilCovered(api, head);
        JsonNode exported = checkpoints.get(checkpoints.size() - 1);
        assertThat(exported.get("signature").asText()).matches("[0-9a-f]{64}");

        Response intact = api.post("/api/v1/audit/verify", exported.toString());
        String edited = exported.toString().replace(exported.get("hash").asText(), "0".repeat(64));
        Response forged = api.post("/api/v1/audit/verify", edited);

        assertThat(intact.status()).as(intact.toString()).isEqualTo(200);
        assertThat(intact.json().get("status").asText()).isEqualTo("OK");
        assertThat(forged.json().get("status").asText()).isEqualTo("BROKEN");
        assertThat(forged.json().get("reason").asText()).contains("not signed with this key");
        assertThat(api.as("quality").post("/api/v1/audit/verify", exported.toString()).status()).isEqualTo(403);
    }

    @Test
    void anExportPageBeyondTheLimitIsRefused() {
        assertThat(api.get("/api/v1/audit/checkpoints?limit=10001").status()).isEqualTo(400);
    }

    private static JsonNode exportedUntilCovered(Api api, long head) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode checkpoints = api.get("/api/v1/audit/checkpoints?limit=10000").json();
        while (!covers(checkpoints, head) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            checkpoints = api.get("/api/v1/audit/checkpoints?limit=10000").json();
        }
        return checkpoints;
    }

    private static boolean covers(JsonNode checkpoints, long head) {
        return checkpoints.size() > 0 && checkpoints.get(checkpoints.size() - 1).get("position").asLong() >= head;
    }

    private static BsonDocument admissionIn(BsonDocument commit, String episodeId) {
        for (BsonValue entry : commit.getArray("events")) {
            BsonDocument event = entry.asDocument();
            if (episodeId.equals(event.getString("aggregateIdentifier").getValue())
                    && event.getNumber("sequenceNumber").longValue() == 0) {
                return event;
            }
        }
        throw new AssertionError("No admission event in " + commit.toJson());
    }
}
