package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.JsonOrCsvAccepts;
import org.caretrail.web.testing.Negotiated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ApiTest
class AccessLogApiTest {

    private final Api api;
    Api compliance;
    String patient;

    AccessLogApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void connect() {
        compliance = api.as("compliance");
        patient = "P-" + UUID.randomUUID();
    }

    @Test
    void everyReadOfAnEpisodeIsLoggedWithWhoWhatAndOutcomeRefusalsIncludedAndFoundByPatient() {
        Instant before = Instant.now();
        String episode = api.admit(patient, "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String path = "/api/v1/episodes/" + episode;
        Response admitted = api.post(path + "/transfers", """
                {"toUnit":"4W","effectiveAt":"2026-03-01T12:00:00Z"}""");

        assertThat(api.as("case-manager").getAfter(path, admitted).status()).isEqualTo(200);
        assertThat(compliance.getAfter(path + "/audit", admitted).status()).isEqualTo(200);
        assertThat(api.as("case-manager").get(path + "/audit").status()).isEqualTo(403);
        assertThat(api.anonymous().get(path).status()).isEqualTo(401);

        List<JsonNode> items = items(compliance.get("/api/v1/access-log?patientId=" + patient));
        assertThat(items).extracting(item -> item.get("status").asInt()).containsExactly(401, 403, 200, 200);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.get("episodeId").asText()).isEqualTo(episode);
            assertThat(item.get("method").asText()).isEqualTo("GET");
            assertThat(Instant.parse(item.get("at").asText())).isBetween(before, Instant.now());
        });
        JsonNode refused = items.get(1);
        assertThat(refused.get("user").asText()).isEqualTo("case-manager");
        assertThat(refused.get("role").asText()).isEqualTo("CASE_MANAGER");
        assertThat(refused.get("path").asText()).isEqualTo(path + "/audit");
        assertThat(items.get(2).get("user").asText()).isEqualTo("compliance");
        assertThat(items.get(3).get("user").asText()).isEqualTo("case-manager");
        assertThat(items.get(3).get("path").asText()).isEqualTo(path);
        assertThat(items.get(0).has("user")).as("nobody signed in").isFalse();
    }

    @Test
    void aReadOfAnUnknownEpisodeIsLoggedWithItsOutcome() {
        String user = "quality";
        Instant from = Instant.now();

        assertThat(api.as(user).get("/api/v1/episodes/E-nobody-" + patient).status()).isEqualTo(404);

        List<JsonNode> items = items(compliance.get("/api/v1/access-log?user=quality&from=" + from));
        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("episodeId").asText()).isEqualTo("E-nobody-" + patient);
            assertThat(item.get("status").asInt()).isEqualTo(404);
            assertThat(item.get("patientIds")).isEmpty();
        });
    }

    @Test
    void aSearchAcrossEpisodesIsLoggedUnderEveryPatientItReturned() {
        String facility = "F-" + UUID.randomUUID();
        String other = "P-other-" + UUID.randomUUID();
        api.admit(patient, facility, "INPATIENT", "2026-03-01T10:00:00Z");
        Response second = api.post("/api/v1/episodes", """
                {"patientId":"%s","facilityId":"%s","patientClass":"INPATIENT","admittedAt":"2026-03-01T11:00:00Z"}
                """.formatted(other, facility));

        Response search = compliance.getAfter("/api/v1/audit?facilityId=" + facility, second);
        assertThat(search.json().get("total").asLong()).isEqualTo(2);

        List<JsonNode> first = items(compliance.get("/api/v1/access-log?patientId=" + patient));
        List<JsonNode> secondPatient = items(compliance.get("/api/v1/access-log?patientId=" + other));
        assertThat(first).hasSize(1);
        // the first read of the access log named both patients, so it is logged under the other one too
        assertThat(secondPatient).extracting(item -> item.get("path").asText())
                .containsExactly("/api/v1/access-log?patientId=" + patient, "/api/v1/audit?facilityId=" + facility);
        assertThat(first.get(0).get("path").asText()).isEqualTo("/api/v1/audit?facilityId=" + facility);
        assertThat(first.get(0).get("patientIds")).hasSize(2);
    }

    @Test
    void aTimelineReadIsLoggedUnderThePatientItNames() {
        api.as("quality").get("/api/v1/patients/" + patient + "/timeline?measure=ACUTE_30");

        List<JsonNode> items = items(compliance.get("/api/v1/access-log?patientId=" + patient));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("user").asText()).isEqualTo("quality");
        assertThat(items.get(0).get("path").asText())
                .isEqualTo("/api/v1/patients/" + patient + "/timeline?measure=ACUTE_30");
    }

    @Test
    void theAccessLogFiltersByTimeAndPages() {
        api.as("quality").get("/api/v1/patients/" + patient + "/timeline");
        Instant between = Instant.now();
        api.as("case-manager").get("/api/v1/patients/" + patient + "/timeline");
        api.as("case-manager").get("/api/v1/patients/" + patient + "/timeline");

        JsonNode later = compliance.get("/api/v1/access-log?patientId=" + patient + "&from=" + between
                + "&size=1&page=1").json();
        assertThat(later.get("total").asLong()).isEqualTo(2);
        assertThat(later.get("page").asInt()).isEqualTo(1);
        assertThat(later.get("size").asInt()).isEqualTo(1);
        assertThat(later.get("items")).hasSize(1);
        assertThat(later.at("/items/0/user").asText()).isEqualTo("case-manager");
        JsonNode earlier = compliance.get("/api/v1/access-log?patientId=" + patient + "&to=" + between).json();
        assertThat(earlier.get("total").asLong()).isEqualTo(1);
        assertThat(earlier.at("/items/0/user").asText()).isEqualTo("quality");
    }

    @Test
    void theAccessLogExportsAsCsv() {
        Response admitted = api.post("/api/v1/episodes", """
                {"patientId":"%s","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"}
                """.formatted(patient));
        String episode = admitted.json().get("episodeId").asText();
        Response read = api.as("quality").getAfter("/api/v1/episodes/" + episode, admitted);
        assertThat(read.status()).isEqualTo(200);

        Response csv = compliance.get("/api/v1/access-log?patientId=" + patient, Map.of("Accept", "text/csv"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("at,user,role,address,method,path,episodeId,patientIds,status");
        assertThat(lines[1]).endsWith(",quality,QUALITY,127.0.0.1,GET,/api/v1/episodes/" + episode + "," + episode + ","
                + patient + ",200");
        assertThat(Instant.parse(lines[1].substring(0, lines[1].indexOf(',')))).isBefore(Instant.now());
    }

    @JsonOrCsvAccepts
    void theAccessLogAnswersJsonOrCsvAsTheAcceptHeaderAsksAndRefusesAnythingElse(String accept, int status,
                                                                                String contentType) {
        Response response = compliance.get("/api/v1/access-log?patientId=" + patient, Negotiated.accept(accept));

        Negotiated.assertAnswered(response, status, contentType);
    }

    @Test
    void theAccessLogCannotBeChangedThroughTheApi() {
        assertThat(compliance.post("/api/v1/access-log", "{}").status()).isEqualTo(403);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.url("/api/v1/access-log")))
                .DELETE().build()).status()).isEqualTo(403);
    }

    private static List<JsonNode> items(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }
}
