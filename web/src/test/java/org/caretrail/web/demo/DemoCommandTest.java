package org.caretrail.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} starts CareTrail on a data directory of its own, fills it, and serves what it recorded. */
class DemoCommandTest {

    @TempDir
    Path workDir;

    @Test
    void theDemoStartsFillsItsOwnDataDirectoryAndServesTheHistory() {
        try (ChildApp app = ChildApp.start(workDir, "demo", "demo", "--patients=8", "--seed=5", "--workers=2")) {
            String summary = Eventually.value("the demo population sent", Duration.ofMinutes(5),
                    () -> app.logLines().stream().filter(line -> line.contains("CareTrail demo: HL7 over MLLP"))
                            .findFirst().orElse(null),
                    line -> line != null);

            assertThat(summary).as(app.logTail()).contains("0 refused; commands:").endsWith(" 0 refused");
            assertThat(Files.isDirectory(workDir.resolve("demo-data"))).isTrue();
            assertThat(Files.exists(workDir.resolve("data"))).as("the normal data directory is left alone").isFalse();
            Api api = app.api();
            Api.Response episode = Eventually.value("the first demo episode", Duration.ofSeconds(60),
                    () -> api.get("/api/v1/episodes/E-5-00001-1"), response -> response.status() == 200);
            assertThat(episode.json().get("patientId").asText()).isEqualTo("P-5-00001");
            Api.Response audit = api.get("/api/v1/episodes/E-5-00001-1/audit");
            assertThat(audit.status()).isEqualTo(200);
            assertThat(audit.body()).contains("PatientAdmitted");
        }
    }
}
