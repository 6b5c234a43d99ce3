package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With no users configured, the application makes one per role with a random password and prints them once. */
@ExtendWith(OutputCaptureExtension.class)
@ApiTest
@TestPropertySource(properties = "caretrail.security.users=")
class GeneratedUsersApiTest {

    private static final Pattern PRINTED = Pattern.compile("^ {4}([a-z-]+) / (\\S+) {3}\\(([A-Z_]+)\\)$",
            Pattern.MULTILINE);

    @LocalServerPort
    int port;

    @Test
    void oneUserPerRoleIsPrintedOnceAtWarnAndSignsInWithItsRoleOnly(CapturedOutput output) {
        Map<String, String> passwords = new HashMap<>();
        Matcher printed = PRINTED.matcher(output.getAll());
        while (printed.find()) {
            assertThat(passwords.put(printed.group(1), printed.group(2))).as("printed once").isNull();
            assertThat(Role.parse(printed.group(3))).isPresent();
        }
        assertThat(passwords).containsOnlyKeys("case-manager", "integration", "quality", "compliance", "admin");
        assertThat(passwords.values()).doesNotHaveDuplicates()
                .allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(20));
        assertThat(output.getAll()).contains("WARN").contains("no users configured");

        Api api = new Api(port);
        assertThat(api.as("compliance", passwords.get("compliance")).get("/api/v1/access-log").status())
                .isEqualTo(200);
        assertThat(api.as("quality", passwords.get("quality")).get("/api/v1/access-log").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/access-log").status()).as("the configured test users are gone").isEqualTo(401);
        assertThat(api.as("admin", "admin").get("/actuator/info").status()).isEqualTo(401);
    }
}
