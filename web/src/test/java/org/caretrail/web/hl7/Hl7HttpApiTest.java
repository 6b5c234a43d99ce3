package org.caretrail.web.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class Hl7HttpApiTest {

    private final Api api;

    Hl7HttpApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aFeedPostedOverHttpIsAcknowledgedAndReadsBackAsTheEpisode() {
        AdtMessages visit = new AdtMessages();

        Response admitted = postHl7(visit.admit(), "application/hl7-v2");
        Response transferred = postHl7(visit.transfer(), "text/plain");
        Response discharged = postHl7(visit.discharge(), "application/hl7-v2; charset=UTF-8");

        for (Response response : List.of(admitted, transferred, discharged)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(msa(response, 1)).as(response.body()).isEqualTo("AA");
        }
        assertThat(admitted.header("Content-Type").orElseThrow()).startsWith("application/hl7-v2");
        assertThat(msa(discharged, 2)).isEqualTo(visit.controlId("3"));
        JsonNode episode = api.getAfter("/api/v1/episodes/" + visit.visit, discharged).json();
        assertThat(episode.get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(episode.get("patientId").asText()).isEqualTo("MRN-" + visit.visit);
        assertThat(episode.get("facilityId").asText()).isEqualTo("GHH");
        assertThat(episode.get("patientClass").asText()).isEqualTo("INPATIENT");
        assertThat(episode.get("admittedAt").asText()).isEqualTo("2026-06-01T19:05:00Z");
        assertThat(episode.get("dischargedAt").asText()).isEqualTo("2026-06-05T16:30:00Z");
        assertThat(episode.get("disposition").asText()).isEqualTo("06");
        assertThat(episode.get("payer").asText()).isEqualTo("MEDICARE");
    }

    @Test
    void theSameMessageTwiceIsAcknowledgedTwiceAndAuditedOnceAsHl7() {
        AdtMessages visit = new AdtMessages();

        Response first = postHl7(visit.admit(), "application/hl7-v2");
        Response again = postHl7(visit.admit(), "application/hl7-v2");

        assertThat(msa(first, 1)).isEqualTo("AA");
        assertThat(msa(again, 1)).isEqualTo("AA");
        JsonNode entries = api.getAfter("/api/v1/episodes/" + visit.visit + "/audit", again).json().get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("source").asText()).isEqualTo("hl7");
        assertThat(entries.get(0).get("actor").asText()).as("the signed-in caller, not the sending system")
                .isEqualTo(org.caretrail.web.testing.Api.TESTER);
    }

    @Test
    void messagesPostedOverHttpAreCountedOnThePrometheusEndpointByAckAndType() {
        AdtMessages visit = new AdtMessages();
        Scrape before = new Scrape(api);

        postHl7(visit.admit(), "application/hl7-v2");
        postHl7(visit.admit(), "application/hl7-v2");
        postHl7(visit.transfer().replace("ADT^A02^ADT_A02", "ADT^Z99^ADT_A02"), "application/hl7-v2");
        Scrape after = new Scrape(api);

        assertThat(increase(before, after, "AA", "APPLIED", "ADT^A01")).isEqualTo(1);
        assertThat(increase(before, after, "AA", "DUPLICATE", "ADT^A01")).isEqualTo(1);
        assertThat(increase(before, after, "AR", "REJECTED", "other"))
                .as("a trigger CareTrail does not take is no tag of its own").isEqualTo(1);
        assertThat(after.value("caretrail_hl7_processing_seconds_count", "transport=http")
                - before.value("caretrail_hl7_processing_seconds_count", "transport=http")).isEqualTo(3);
    }

    private static double increase(Scrape before, Scrape after, String ack, String outcome, String type) {
        String[] labels = {"transport=http", "ack=" + ack, "outcome=" + outcome, "type=" + type};
        return after.value("caretrail_hl7_messages_total", labels) - before.value("caretrail_hl7_messages_total", labels);
    }

    @Test
    void garbageIsAnsweredWithAnArAnd200() {
        Response response = postHl7("this is not HL7", "text/plain");

        assertThat(response.status()).isEqualTo(200);
        assertThat(msa(response, 1)).isEqualTo("AR");
    }

    @Test
    void aDischargeBeforeItsAdmissionIsListedAsParkedAndAppliedOnceTheApiAdmits() {
        AdtMessages visit = new AdtMessages();
        Response parked = postHl7(visit.discharge(), "application/hl7-v2");
        assertThat(msa(parked, 1)).isEqualTo("AE");
        assertThat(parkedIds()).contains(visit.controlId("3"));

        Response admitted = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"MRN-%s","facilityId":"GHH","patientClass":"INPATIENT",
                 "admittedAt":"2026-06-01T19:05:00Z"}""".formatted(visit.visit, visit.visit));
        assertThat(admitted.status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/episodes/" + visit.visit).json().get("status").asText())
                        .isEqualTo("DISCHARGED"));
        assertThat(parkedIds()).doesNotContain(visit.controlId("3"));
    }

    @Test
    void aRejectedMessageIsListedAndCanBeRetriedButAnAppliedOneCannot() {
        AdtMessages visit = new AdtMessages();
        postHl7(visit.admit(), "application/hl7-v2");
        postHl7(visit.admit().replace("|I|4W", "|E|ED").replace(visit.controlId("1"), visit.controlId("1b")),
                "application/hl7-v2");
        // other tests' messages share the store, so the page asked for is the largest one
        JsonNode rejected = find(api.get("/api/v1/admin/hl7/messages?outcome=REJECTED&size=1000").json(),
                visit.controlId("1b"));
        JsonNode applied = find(api.get("/api/v1/admin/hl7/messages?outcome=APPLIED&size=1000").json(),
                visit.controlId("1"));

        Response retried = api.post("/api/v1/admin/hl7/messages/" + rejected.get("id").asText() + "/retry", "");
        Response notRetried = api.post("/api/v1/admin/hl7/messages/" + applied.get("id").asText() + "/retry", "");

        assertThat(rejected.get("error").asText()).startsWith("PV1-19: ");
        assertThat(rejected.get("raw").asText()).contains(visit.controlId("1b"));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(retried.json().get("attempts").asInt()).isEqualTo(2);
        assertThat(notRetried.status()).isEqualTo(409);
        assertThat(api.post("/api/v1/admin/hl7/messages/no-such-message/retry", "").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/hl7/messages?outcome=SOMETIMES").status()).isEqualTo(400);
    }

    private Response postHl7(String message, String contentType) {
        return api.send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/hl7")))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(message))
                .build());
    }

    private List<String> parkedIds() {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/admin/hl7/messages?size=1000").json().get("items").forEach(m -> {
            if (m.get("outcome").asText().equals("PARKED")) {
                ids.add(m.get("controlId").asText());
            }
        });
        return ids;
    }

    private static JsonNode find(JsonNode list, String controlId) {
        for (JsonNode item : list.get("items")) {
            if (controlId.equals(item.path("controlId").asText())) {
                return item;
            }
        }
        throw new AssertionError("no message " + controlId + " in " + list);
    }

    private static String msa(Response ack, int field) {
        for (String segment : ack.body().split("\r")) {
            if (segment.startsWith("MSA|")) {
                String[] fields = segment.split("\\|", -1);
                return field < fields.length ? fields[field] : "";
            }
        }
        throw new AssertionError("no MSA in " + ack.body());
    }
}
