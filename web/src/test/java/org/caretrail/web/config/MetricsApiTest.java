package org.caretrail.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class MetricsApiTest {

    private final Api api;

    MetricsApiTest(Api api) {
        this.api = api;
    }

    @Test
    void prometheusExposesCommandCountsLatenciesAndProjectionLag() {
        String id = api.admit("P-600", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        api.getAfter("/api/v1/episodes/" + id, api.post("/api/v1/episodes/" + id + "/transfers", """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}"""));

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("(?m)^commandBus_.*_count\\{.*\\} [1-9]");
        assertThat(metrics).contains("caretrail_projection_lag{");
        assertThat(metrics).containsPattern("(?m)^caretrail_projection_lag\\{.*processor=\"episode-view\".*\\} \\d");
    }

    @Test
    void healthIsUpOnTheEmbeddedServer() {
        assertThat(api.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health").json().at("/components/mongo/status").asText()).isEqualTo("UP");
    }
}
