package org.caretrail.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caretrail.web.config.DeadLetterConfiguration;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** One event makes a projection handler throw: its episode is parked, the rest flows, a retry after the fix catches up. */
@ApiTest
@Import(FaultProbes.class)
class PoisonEventFaultTest {

    private static final String DEAD_LETTERS = "/api/v1/admin/projections/episode-view/dead-letters";

    private final Api api;
    @Autowired
    PoisonSwitch poison;
    @Autowired
    MongoDatabase database;

    PoisonEventFaultTest(Api api) {
        this.api = api;
    }

    @Test
    void aPoisonEventParksItsEpisodeInMongoDbWhileOthersFlowAndIsRetriedInOrderAfterTheFix() {
        String poisoned = "E-poisoned-" + UUID.randomUUID();
        poison.poison(poisoned, 1);
        String healthy = "E-healthy-" + UUID.randomUUID();
        Response last = null;
        for (String episode : List.of(poisoned, healthy)) {
            admit(api, episode);
        }
        for (String episode : List.of(poisoned, healthy)) {
            last = lifecycle(api, episode);
        }

        JsonNode healthyView = api.getAfter("/api/v1/episodes/" + healthy, last).json();
        assertThat(healthyView.get("version").asLong()).isEqualTo(3);
        assertThat(healthyView.get("status").asText()).isEqualTo("DISCHARGED");
        Response stuck = api.getAfter("/api/v1/episodes/" + poisoned, last);
        assertThat(stuck.status()).isEqualTo(200);
        assertThat(stuck.json().get("status").asText()).as("not discharged while parked").isEqualTo("ACTIVE");

        JsonNode parked = api.get(DEAD_LETTERS).json();
        assertThat(parked.get("size").asLong()).isEqualTo(3);
        assertThat(parked.get("sequences")).hasSize(1);
        JsonNode sequence = parked.get("sequences").get(0);
        assertThat(sequence.get("sequenceId").asText()).isEqualTo(poisoned);
        assertThat(numbers(sequence.get("letters"), "sequenceNumber")).containsExactly(1L, 2L, 3L);
        JsonNode first = sequence.get("letters").get(0);
        assertThat(first.get("type").asText()).isEqualTo("PatientClassChangedEvent");
        assertThat(first.get("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.get("causeMessage").asText()).contains("poison event");
        assertThat(sequence.get("letters").get(1).has("causeType")).as("parked behind the poison, not failed").isFalse();
        assertThat(database.getCollection(DeadLetterConfiguration.COLLECTION).countDocuments()).isEqualTo(3);

        JsonNode stillBroken = api.post(DEAD_LETTERS + "/retry", "").json();
        assertThat(stillBroken.get("failed").asInt()).isEqualTo(1);
        assertThat(stillBroken.get("remaining").asLong()).isEqualTo(3);

        poison.cure();
        JsonNode fixed = api.post(DEAD_LETTERS + "/retry", "").json();
        assertThat(fixed.get("retried").asInt()).isEqualTo(1);
        assertThat(fixed.get("failed").asInt()).isZero();
        assertThat(fixed.get("remaining").asLong()).isZero();

        assertThat(poison.handled(poisoned)).containsExactly(0L, 1L, 2L, 3L);
        JsonNode caughtUp = api.get("/api/v1/episodes/" + poisoned).json();
        assertThat(caughtUp.get("version").asLong()).isEqualTo(3);
        assertThat(caughtUp.get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(caughtUp.get("patientClass").asText()).isEqualTo("INPATIENT");
        assertThat(api.get(DEAD_LETTERS).json().get("sequences")).isEmpty();
        assertThat(database.getCollection(DeadLetterConfiguration.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void deadLettersOfAnUnknownProjectionAreA404() {
        assertThat(api.get("/api/v1/admin/projections/nothing/dead-letters").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/projections/nothing/dead-letters/retry", "").status()).isEqualTo(404);
    }

    private static void admit(Api api, String episodeId) {
        Response admitted = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"P-%s","facilityId":"F-1","patientClass":"OBSERVATION",
                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(episodeId, episodeId));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
    }

    private static Response lifecycle(Api api, String episodeId) {
        String base = "/api/v1/episodes/" + episodeId;
        List<Response> responses = new ArrayList<>();
        responses.add(api.post(base + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-03-01T18:00:00Z"}"""));
        responses.add(api.post(base + "/transfers", """
                {"toUnit":"4-WEST","effectiveAt":"2026-03-02T09:00:00Z"}"""));
        responses.add(api.post(base + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-04T12:00:00Z"}"""));
        responses.forEach(response -> assertThat(response.status()).as(response.toString()).isBetween(200, 299));
        return responses.get(responses.size() - 1);
    }

    private static List<Long> numbers(JsonNode array, String field) {
        List<Long> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asLong()));
        return values;
    }
}
