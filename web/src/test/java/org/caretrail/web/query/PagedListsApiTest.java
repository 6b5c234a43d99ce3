package org.caretrail.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contract's list endpoints (API contract, "Additions"): each is paged, answering {@code items}, {@code page},
 * {@code size} and {@code total} for the page and size asked, and answers CSV with {@code Accept: text/csv}.
 */
@ApiTest
class PagedListsApiTest {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/episodes?facilityId=F-PAGED",
            "/api/v1/audit?patientId=P-PAGED",
            "/api/v1/access-log?patientId=P-PAGED",
            "/api/v1/notifications?patientId=P-PAGED",
            "/api/v1/notification-recipients?",
            "/api/v1/readmissions/index-stays?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/readmissions/rates?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/clocks?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31"})
    void answersThePageAskedForWithItsSizeAndTheTotal(String path) {
        Response response = api.get(path + (path.endsWith("?") ? "" : "&") + "page=1&size=7");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("items").isArray()).as(page.toString()).isTrue();
        assertThat(page.get("page").asInt()).as(page.toString()).isEqualTo(1);
        assertThat(page.get("size").asInt()).as(page.toString()).isEqualTo(7);
        assertThat(page.get("total").isIntegralNumber()).as(page.toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/episodes?facilityId=F-PAGED",
            "/api/v1/audit?patientId=P-PAGED",
            "/api/v1/access-log?patientId=P-PAGED",
            "/api/v1/notifications?patientId=P-PAGED",
            "/api/v1/readmissions/index-stays?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/readmissions/rates?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/clocks?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/worklist?facilityId=F-PAGED"})
    void answersCsvWhenAskedTo(String path) {
        Response response = api.get(path, Map.of("Accept", "text/csv"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body().lines().findFirst()).as("header line").isPresent();
    }
}
