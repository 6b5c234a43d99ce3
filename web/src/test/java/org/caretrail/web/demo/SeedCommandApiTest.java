package org.caretrail.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.web.CareTrailApplication;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code seed} adds a population to a running CareTrail over HTTP, with credentials, and over MLLP. */
@ApiTest
class SeedCommandApiTest {

    @LocalServerPort
    int port;
    private final Api api;
    @Autowired
    MllpServer mllp;

    SeedCommandApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aSeedAddsItsPatientsAndEverythingItSendsIsRecorded() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = DemoCommand.run(CareTrailApplication.class, new String[] {"seed", "--url=http://127.0.0.1:" + port,
                "--user=tester", "--password=tester-password", "--mllp=127.0.0.1:" + mllp.port(), "--patients=6",
                "--seed=77", "--workers=2"}, new PrintStream(console, true, StandardCharsets.UTF_8));

        String output = console.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("CareTrail seed: 6 patients").contains(" 0 refused; commands:")
                .contains("seed [##############################]");
        Eventually.await("the seeded episode", Duration.ofSeconds(30),
                () -> api.get("/api/v1/episodes/E-77-00001-1").status() == 200);
    }

    @Test
    void seedingThePopulationAgainRecordsNothingTwice() {
        assertThat(seed(81)).isZero();
        Map<String, Integer> first = auditCounts(api, "P-81-");
        assertThat(first).isNotEmpty();
        assertThat(first.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThan(first.size());

        assertThat(seed(81)).isZero();

        assertThat(auditCounts(api, "P-81-")).isEqualTo(first);
    }

    @Test
    void aSeedWithTheWrongPasswordStopsWithAClearMessage() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = DemoCommand.run(CareTrailApplication.class, new String[] {"seed", "--url=http://127.0.0.1:" + port,
                "--user=tester", "--password=wrong", "--mllp=127.0.0.1:" + mllp.port(), "--patients=3",
                "--seed=78", "--workers=1"}, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("refused the credentials (401)");
    }

    private int seed(int seed) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        return DemoCommand.run(CareTrailApplication.class, new String[] {"seed", "--url=http://127.0.0.1:" + port,
                "--user=tester", "--password=tester-password", "--mllp=127.0.0.1:" + mllp.port(), "--patients=4",
                "--seed=" + seed, "--workers=2"}, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** Audit entries per episode of the population's patients, read after a later write so every projection has all. */
    private static Map<String, Integer> auditCounts(Api api, String patientPrefix) {
        Api.Response marker = api.post("/api/v1/episodes", "{\"patientId\":\"P-MARKER\",\"facilityId\":\"F-MARKER\","
                + "\"patientClass\":\"EMERGENCY\",\"admittedAt\":\"2026-01-01T00:00:00Z\"}");
        assertThat(marker.status()).as(marker.body()).isEqualTo(201);
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode episode : api.getAfter("/api/v1/episodes?size=1000", marker).json().get("items")) {
            if (episode.get("patientId").asText().startsWith(patientPrefix)) {
                String id = episode.get("episodeId").asText();
                counts.put(id, api.getAfter("/api/v1/episodes/" + id + "/audit", marker).json().get("entries").size());
            }
        }
        return counts;
    }
}
