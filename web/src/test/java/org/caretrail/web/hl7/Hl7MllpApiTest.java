package org.caretrail.web.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class Hl7MllpApiTest {

    private final Api api;
    @Autowired
    MllpServer mllp;

    Hl7MllpApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aFeedOverMllpProducesTheSameEpisodeTrailAndTimelineAsTheSameStayEnteredOverTheApi() throws IOException {
        AdtMessages visit = new AdtMessages();
        try (Socket socket = new Socket("127.0.0.1", mllp.port())) {
            socket.setSoTimeout(30_000);
            for (String message : List.of(visit.admit(), visit.transfer(), visit.discharge())) {
                String ack = exchange(socket, message);
                assertThat(ack).as(ack).contains("MSA|AA|");
            }
        }
        String viaApi = "API-" + visit.visit;
        assertThat(api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"API-MRN-%s","facilityId":"GHH","patientClass":"INPATIENT",
                 "admittedAt":"2026-06-01T19:05:00Z","payer":"MEDICARE","admitSource":"7","unit":"4W",
                 "principalDiagnosis":"I50.9","birthDate":"1948-03-12"}""".formatted(viaApi, visit.visit)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/episodes/" + viaApi + "/transfers",
                "{\"toUnit\":\"5E\",\"effectiveAt\":\"2026-06-02T14:00:00Z\"}").status()).isBetween(200, 299);
        assertThat(api.post("/api/v1/episodes/" + viaApi + "/discharge",
                "{\"disposition\":\"06\",\"dischargedAt\":\"2026-06-05T16:30:00Z\",\"destinationProviderId\":\"HHA0042\"}")
                .status()).isBetween(200, 299);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode fromFeed = withoutId(api.get("/api/v1/episodes/" + visit.visit).json());
            JsonNode fromApi = withoutId(api.get("/api/v1/episodes/" + viaApi).json());
            assertThat(fromFeed.get("status").asText()).isEqualTo("DISCHARGED");
            assertThat(fromFeed).isEqualTo(fromApi);
        });
        // The feed's events carry no position back to us, so the projections are awaited, not asked to wait.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(clinicalTrail(api, visit.visit)).isEqualTo(clinicalTrail(api, viaApi));
            assertThat(timeline(api, "MRN-" + visit.visit)).isEqualTo(timeline(api, "API-MRN-" + visit.visit));
        });
    }

    @Test
    void theFeedShowsOnThePrometheusEndpointWithItsParkedMessagesAndOpenConnections() throws IOException {
        AdtMessages visit = new AdtMessages();
        Scrape before = new Scrape(api);
        Scrape parked;
        Scrape connected;
        try (Socket socket = new Socket("127.0.0.1", mllp.port())) {
            socket.setSoTimeout(30_000);
            assertThat(exchange(socket, visit.discharge())).contains("MSA|AE|");
            parked = new Scrape(api);
            assertThat(exchange(socket, visit.admit())).contains("MSA|AA|");
            assertThat(exchange(socket, visit.admit())).contains("MSA|AA|");
            assertThat(exchange(socket, "this is not HL7")).contains("MSA|AR|");
            connected = new Scrape(api);
        }
        Scrape after = new Scrape(api);

        assertThat(increase(before, after, "AE", "PARKED", "ADT^A03")).isEqualTo(1);
        assertThat(increase(before, after, "AA", "APPLIED", "ADT^A01")).isEqualTo(1);
        assertThat(increase(before, after, "AA", "DUPLICATE", "ADT^A01")).isEqualTo(1);
        assertThat(increase(before, after, "AR", "REJECTED", "unreadable")).isEqualTo(1);
        assertThat(after.value("caretrail_hl7_processing_seconds_count", "transport=mllp")
                - before.value("caretrail_hl7_processing_seconds_count", "transport=mllp")).isEqualTo(4);
        assertThat(parked.value("caretrail_hl7_parked") - before.value("caretrail_hl7_parked"))
                .as("the discharge waits for its admission").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(new Scrape(api)
                .value("caretrail_hl7_parked")).as("the admission released it")
                .isEqualTo(before.value("caretrail_hl7_parked")));
        assertThat(connected.value("caretrail_hl7_mllp_connections")
                - before.value("caretrail_hl7_mllp_connections")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(new Scrape(api).value("caretrail_hl7_mllp_connections"))
                        .isEqualTo(before.value("caretrail_hl7_mllp_connections")));
    }

    private static double increase(Scrape before, Scrape after, String ack, String outcome, String type) {
        String[] labels = {"transport=mllp", "ack=" + ack, "outcome=" + outcome, "type=" + type};
        return after.value("caretrail_hl7_messages_total", labels) - before.value("caretrail_hl7_messages_total", labels);
    }

    /** What the trail says happened, and when: without ids, recording times and who or what recorded it. */
    private static List<String> clinicalTrail(Api api, String episodeId) {
        List<String> entries = new java.util.ArrayList<>();
        // an answer other than 200 (the trail not yet there) fails as an assertion, so the caller's await retries
        api.get("/api/v1/episodes/" + episodeId + "/audit").expect(200).json().get("entries").forEach(entry -> {
            com.fasterxml.jackson.databind.node.ObjectNode data = (com.fasterxml.jackson.databind.node.ObjectNode)
                    entry.get("data").deepCopy();
            data.remove(List.of("episodeId", "patientId"));
            entries.add(entry.get("type").asText() + " " + entry.get("occurredAt").asText() + " " + data);
        });
        return entries;
    }

    private static JsonNode timeline(Api api, String patientId) {
        Api.Response response = api.get("/api/v1/patients/" + patientId + "/timeline?asOf=2026-09-01T00:00:00Z");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode stays = api.get("/api/v1/patients/" + patientId + "/timeline?asOf=2026-09-01T00:00:00Z")
                .json().get("stays");
        stays.forEach(stay -> ((com.fasterxml.jackson.databind.node.ObjectNode) stay).remove("episodeId"));
        return stays;
    }

    private static JsonNode withoutId(JsonNode episode) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) episode).remove(List.of("episodeId", "patientId"));
        return episode;
    }

    static String exchange(Socket socket, String message) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(0x0B);
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {0x1C, 0x0D});
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream ack = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != 0x1C) {
            if (b == -1) {
                throw new IOException("connection closed before the ACK ended");
            }
            if (b != 0x0B) {
                ack.write(b);
            }
        }
        in.read(); // the CR after the end block
        return ack.toString(StandardCharsets.UTF_8);
    }
}
