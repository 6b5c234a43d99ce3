package org.caretrail.web.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A feed that discharges without PV1-36 leaves the disposition unknown, which keeps the stay out of the readmission
 * measures; a case manager completes it through the API and the stay counts again.
 */
@ApiTest
class DispositionCompletionApiTest {

    private final Api api;

    DispositionCompletionApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aDispositionTheFeedLeftUnknownIsCompletedThroughTheApi() {
        AdtMessages visit = new AdtMessages();
        postHl7(visit.admit());
        Response discharged = postHl7(visit.dischargeWithoutDisposition());
        assertThat(discharged.body()).contains("MSA|AA");
        String patient = "MRN-" + visit.visit;

        JsonNode before = api.getAfter("/api/v1/episodes/" + visit.visit, discharged).json();
        assertThat(before.get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(before.path("disposition").isMissingNode() || before.get("disposition").isNull()).isTrue();
        assertThat(stay(api.getAfter("/api/v1/patients/" + patient + "/timeline", discharged).json(), visit.visit)
                .get("exclusionReason").asText()).isEqualTo("DISPOSITION_UNKNOWN");

        Response completed = api.post("/api/v1/episodes/" + visit.visit + "/disposition",
                "{\"disposition\":\"06\",\"effectiveAt\":\"2026-06-06T09:00:00Z\"}");

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(api.getAfter("/api/v1/episodes/" + visit.visit, completed).json().get("disposition").asText())
                .isEqualTo("06");
        JsonNode stay = stay(api.getAfter("/api/v1/patients/" + patient + "/timeline", completed).json(), visit.visit);
        assertThat(stay.path("exclusionReason").asText(null)).isNull();
        assertThat(stay.get("indexStay").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/episodes/" + visit.visit + "/audit").body()).contains("DispositionRecordedEvent");
    }

    @Test
    void aDispositionForAnEpisodeNotDischargedIsAConflictThatRecordsNothing() {
        AdtMessages visit = new AdtMessages();
        Response admitted = postHl7(visit.admit());

        Response refused = api.post("/api/v1/episodes/" + visit.visit + "/disposition",
                "{\"disposition\":\"06\",\"effectiveAt\":\"2026-06-02T09:00:00Z\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("not discharged");
        assertThat(api.getAfter("/api/v1/episodes/" + visit.visit + "/audit", admitted).body())
                .doesNotContain("DispositionRecordedEvent");
    }

    @Test
    void aDispositionThatIsNoUb04CodeOrHasNoTimeIsRefusedNamingTheField() {
        AdtMessages visit = new AdtMessages();
        postHl7(visit.admit());
        postHl7(visit.dischargeWithoutDisposition());

        Response unknownCode = api.post("/api/v1/episodes/" + visit.visit + "/disposition",
                "{\"disposition\":\"08\",\"effectiveAt\":\"2026-06-06T09:00:00Z\"}");
        Response noTime = api.post("/api/v1/episodes/" + visit.visit + "/disposition", "{\"disposition\":\"06\"}");

        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.body()).contains("disposition");
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.body()).contains("effectiveAt");
    }

    private static JsonNode stay(JsonNode timeline, String episodeId) {
        for (JsonNode stay : timeline.get("stays")) {
            if (stay.get("episodeId").asText().equals(episodeId)) {
                return stay;
            }
        }
        throw new AssertionError("no stay " + episodeId + " in " + timeline);
    }

    private Response postHl7(String message) {
        return api.send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/hl7")))
                .header("Content-Type", "application/hl7-v2")
                .POST(HttpRequest.BodyPublishers.ofString(message))
                .build());
    }
}
