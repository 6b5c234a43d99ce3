package org.caretrail.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.Eventually;
import org.caretrail.web.testing.JsonOrCsvAccepts;
import org.caretrail.web.testing.Negotiated;
import org.junit.jupiter.api.Test;

/** The projection status list over HTTP: every projection, its position against the head, CSV. */
@ApiTest
class ProjectionStatusApiTest {

    private final Api api;

    ProjectionStatusApiTest(Api api) {
        this.api = api;
    }

    @Test
    void listsEveryProjectionCaughtUpWithTheHeadOnceItHasProcessedTheLastWrite() {
        api.admit("P-" + UUID.randomUUID(), "F-STATUS", "INPATIENT", "2026-03-01T10:00:00Z");
        Response last = api.post("/api/v1/episodes", """
                {"patientId":"P-STATUS","facilityId":"F-STATUS","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z"}""");
        long position = Long.parseLong(last.header("CareTrail-Position").orElseThrow());

        JsonNode page = Eventually.value("every projection at position " + position, Duration.ofSeconds(30),
                () -> api.get("/api/v1/admin/projections").json(),
                answer -> java.util.stream.StreamSupport.stream(answer.get("items").spliterator(), false)
                        .allMatch(projection -> projection.path("position").asLong(-1) >= position));

        for (JsonNode projection : page.get("items")) {
            assertThat(projection.get("lag").asLong()).isEqualTo(
                    projection.get("headPosition").asLong() - projection.get("position").asLong());
            assertThat(projection.has("progress")).as("no progress while not replaying")
                    .isEqualTo(projection.get("replaying").asBoolean());
        }
        assertThat(page.get("items").findValuesAsText("name")).contains("audit-trail", "compliance", "episode-view",
                "readmission");
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
        assertThat(page.get("items")).allSatisfy(projection -> {
            assertThat(projection.get("headPosition").asLong()).isGreaterThanOrEqualTo(position);
            assertThat(projection.get("replaying").isBoolean()).isTrue();
        });
    }

    @Test
    void answersCsvWithOneProjectionALine() {
        Response csv = api.get("/api/v1/admin/projections", Map.of("Accept", "text/csv"));

        assertThat(csv.body()).startsWith("name,position,headPosition,lag,replaying,progress\r\n")
                .contains("\r\nepisode-view,");
    }

    @JsonOrCsvAccepts
    void negotiatesJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/admin/projections", Negotiated.accept(accept)), status,
                contentType);
    }

    @Test
    void onlyAdministratorsSeeIt() {
        assertThat(api.as("compliance").get("/api/v1/admin/projections").status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/v1/admin/projections").status()).isEqualTo(200);
    }
}
