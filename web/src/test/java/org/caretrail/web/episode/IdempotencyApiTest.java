package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class IdempotencyApiTest {

    private final Api api;

    IdempotencyApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aRetriedAdmissionWithTheSameKeyGetsTheFirstAnswerAndRecordsOneEpisode() {
        String key = UUID.randomUUID().toString();
        String body = """
                {"patientId":"P-300","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"}""";

        Response first = api.post("/api/v1/episodes", body, Map.of("Idempotency-Key", key));
        Response retry = api.post("/api/v1/episodes", body, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("episodeId").asText()).isEqualTo(first.json().get("episodeId").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("CareTrail-Position")).isEqualTo(first.header("CareTrail-Position"));
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
    }

    @Test
    void aRetriedTransferWithTheSameKeyIsRecordedOnce() {
        String id = api.admit("P-301", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String key = UUID.randomUUID().toString();
        String transfer = """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}""";

        api.post("/api/v1/episodes/" + id + "/transfers", transfer, Map.of("Idempotency-Key", key));
        Response retry = api.post("/api/v1/episodes/" + id + "/transfers", transfer, Map.of("Idempotency-Key", key));

        assertThat(retry.status()).isEqualTo(200);
        assertThat(api.getAfter("/api/v1/episodes/" + id + "/audit", retry).json().get("entries")
                .findValuesAsText("type")).containsExactly("PatientAdmittedEvent", "PatientTransferredEvent");
    }

    @Test
    void aKeyReusedForADifferentRequestIsA409() {
        String id = api.admit("P-302", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String key = UUID.randomUUID().toString();
        api.post("/api/v1/episodes/" + id + "/transfers", """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}""", Map.of("Idempotency-Key", key));

        Response reused = api.post("/api/v1/episodes/" + id + "/transfers", """
                {"toUnit":"4W","effectiveAt":"2026-03-01T13:00:00Z"}""", Map.of("Idempotency-Key", key));

        assertThat(reused.status()).isEqualTo(409);
    }

    @Test
    void aRejectedRequestDoesNotUseUpItsKey() {
        String id = api.admit("P-303", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String key = UUID.randomUUID().toString();
        String transfer = """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}""";

        Response wrongEpisode = api.post("/api/v1/episodes/nobody/transfers", transfer, Map.of("Idempotency-Key", key));
        assertThat(wrongEpisode.status()).isEqualTo(404);
        Response retried = api.post("/api/v1/episodes/" + id + "/transfers", transfer, Map.of("Idempotency-Key", key));
        assertThat(retried.status()).isEqualTo(200);
    }

    @Test
    void anIdenticalAdmissionWithoutAKeyIsAcceptedAgainAndRecordsNothingNew() {
        String body = """
                {"episodeId":"E-%s","patientId":"P-304","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(UUID.randomUUID());
        Response first = api.post("/api/v1/episodes", body);
        Response again = api.post("/api/v1/episodes", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        String id = first.json().get("episodeId").asText();
        assertThat(api.getAfter("/api/v1/episodes/" + id + "/audit", again).json().get("entries")).hasSize(1);
    }

    @Test
    void anAdmissionReusingAnEpisodeIdWithOtherContentIsA409() {
        String id = api.admit("P-305", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");

        Response conflicting = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"P-999","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(id));

        assertThat(conflicting.status()).isEqualTo(409);
    }
}
