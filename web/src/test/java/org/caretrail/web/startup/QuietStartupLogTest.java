package org.caretrail.web.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A normal start-up, with the application's own log settings, says what a user needs and warns about nothing. */
class QuietStartupLogTest {

    @TempDir
    Path workDir;

    @Test
    void aNormalStartUpLogsNoWarningAndEndsWithTheSummary() {
        try (ChildApp app = ChildApp.startWithDefaultLogging(workDir, "quiet")) {
            Api api = app.api();
            // the first query registers the query bus's meters; the first refusals pass the error handling
            assertThat(api.get("/api/v1/episodes/E-none").status()).isEqualTo(404);
            assertThat(api.post("/api/v1/episodes/E-none/transfers",
                    "{\"toUnit\":\"4W\",\"effectiveAt\":\"2026-03-01T14:00:00Z\"}").status()).isEqualTo(404);
            assertThat(api.anonymous().get("/api/v1/episodes/E-none").status()).isEqualTo(401);
            Eventually.await("the refusals logged and the start-up summary", Duration.ofSeconds(30),
                    () -> app.logLines().stream().anyMatch(line -> line.contains("answered 401"))
                            && app.logLines().stream().anyMatch(line -> line.startsWith("  HL7 MLLP ")));

            List<String> log = app.logLines();
            assertThat(log).as("warnings and errors in:\n%s", String.join("\n", log))
                    .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
            assertThat(log).as("stack traces").noneMatch(line -> line.startsWith("\tat "));
            assertThat(log).anyMatch(line -> line.contains("CareTrail is ready"))
                    .anyMatch(line -> line.startsWith("  URL ") && line.contains("http://localhost:"))
                    .anyMatch(line -> line.startsWith("  data ") && line.contains(workDir.toString()))
                    .anyMatch(line -> line.startsWith("  users "))
                    .anyMatch(line -> line.startsWith("  HL7 MLLP ") && line.contains("127.0.0.1:"));
            assertThat(log).filteredOn(line -> line.contains("answered 404")).hasSize(2);
            assertThat(log).as("segment claims are DEBUG").noneMatch(line -> line.contains("claimed the token"));
            assertThat(log).as("no vendor banner").noneMatch(line -> line.contains("AxonIQ Console"));
        }
    }

    @Test
    void aNewUsersFirstStartWithNoUsersConfiguredWarnsAboutNothingAndSaysWhereTheGeneratedUsersAre() {
        try (ChildApp app = ChildApp.startAsNewUser(workDir, "new-user")) {
            // health answers a moment before the application-ready summary is printed
            Eventually.await("the start-up summary", Duration.ofSeconds(30),
                    () -> app.logLines().stream().anyMatch(line -> line.startsWith("  users ")));
            List<String> log = app.logLines();

            assertThat(log).as("warnings and errors in:\n%s", String.join("\n", log))
                    .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR "));
            assertThat(log).anyMatch(line -> line.startsWith("  users ") && line.contains("generated-users.txt"));
            assertThat(workDir.resolve("data").resolve("generated-users.txt")).exists();
        }
    }
}
