package org.caretrail.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class ReadYourWritesApiTest {

    private final Api api;

    ReadYourWritesApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aQueryWithTheCommandsPositionSeesTheWriteAtOnce() {
        for (int i = 0; i < 20; i++) {
            String id = api.admit("P-400", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
            Response transfer = api.post("/api/v1/episodes/" + id + "/transfers", """
                    {"toUnit":"ICU-%d","effectiveAt":"2026-03-01T12:00:00Z"}""".formatted(i));

            Response view = api.getAfter("/api/v1/episodes/" + id, transfer);

            assertThat(view.status()).isEqualTo(200);
            assertThat(view.json().get("unit").asText()).isEqualTo("ICU-" + i);
        }
    }

    @Test
    void aPositionTheProjectionsCannotReachIsA503WithRetryAfter() {
        Response response = api.get("/api/v1/episodes/anything", Map.of("CareTrail-Position", "999999999"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isPresent();
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aPositionThatIsNotANumberIsA400() {
        Response response = api.get("/api/v1/episodes/anything", Map.of("CareTrail-Position", "soon"));

        assertThat(response.status()).isEqualTo(400);
    }
}
