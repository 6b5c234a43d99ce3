package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class IdempotencyPerCallerApiTest {

    @Test
    void oneCallersIdempotencyKeyNeitherReplaysNorBlocksAnothersRequest(Api api) {
        Map<String, String> key = Map.of("Idempotency-Key", "batch-42");

        Response first = api.as("case-manager").post("/api/v1/episodes", admission("E-key-1"), key);
        Response other = api.as("integration").post("/api/v1/episodes", admission("E-key-2"), key);
        Response repeat = api.as("case-manager").post("/api/v1/episodes", admission("E-key-1"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.json().get("episodeId").asText()).isEqualTo("E-key-2");
        assertThat(other.header("Idempotent-Replayed")).isEmpty();
        assertThat(repeat.header("Idempotent-Replayed")).contains("true");
        assertThat(repeat.json().get("episodeId").asText()).isEqualTo("E-key-1");
    }

    private static String admission(String episodeId) {
        return """
                {"episodeId":"%s","patientId":"P-key","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(episodeId);
    }
}
