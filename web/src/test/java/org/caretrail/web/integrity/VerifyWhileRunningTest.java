package org.caretrail.web.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.caretrail.web.testing.ChildApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} on the embedded database of a running CareTrail says what to do instead, in one message. */
class VerifyWhileRunningTest {

    @TempDir
    Path workDir;

    @Test
    void verifyWhileTheApplicationRunsExplainsItselfAndExitsWithTwo() {
        try (ChildApp app = ChildApp.start(workDir, "running")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            int exit = VerifyCommand.run(new String[] {"verify",
                    "--caretrail.storage.data-dir=" + workDir.resolve("data")},
                    new PrintStream(out, true, StandardCharsets.UTF_8));

            String message = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(message).isEqualTo(2);
            assertThat(message).contains("in use").contains("GET /api/v1/audit/verify");
            assertThat(message.lines()).hasSize(1);
        }
    }
}
