package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** With no users configured, one per role is generated into an owner-only file; the log names the file only. */
@ExtendWith(OutputCaptureExtension.class)
@ApiTest
@TestPropertySource(properties = {"caretrail.security.users=",
        "caretrail.security.generated-users-file=${java.io.tmpdir}/caretrail-users-${random.uuid}/generated-users.txt"})
class GeneratedUsersApiTest {

    @Autowired
    AuthProperties properties;

    @Test
    void oneUserPerRoleIsWrittenToAnOwnerOnlyFileThatTheLogNamesWithoutThePasswords(CapturedOutput output, Api api)
            throws IOException {
        Path file = properties.generatedUsersFile();
        Map<String, String> passwords = new HashMap<>();
        Files.readAllLines(file).stream().filter(line -> !line.startsWith("#")).forEach(line -> {
            ConfiguredUser user = ConfiguredUser.parse(line);
            passwords.put(user.name(), user.encodedPassword().substring("{noop}".length()));
        });

        assertThat(passwords).containsOnlyKeys("case-manager", "integration", "quality", "compliance", "admin");
        assertThat(passwords.values()).doesNotHaveDuplicates()
                .allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(20));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(output.getAll()).contains("no users configured")
                .contains(file.toAbsolutePath().toString());
        assertThat(passwords.values()).allSatisfy(password -> assertThat(output.getAll()).doesNotContain(password));

        assertThat(api.as("compliance", passwords.get("compliance")).get("/api/v1/access-log").status())
                .isEqualTo(200);
        assertThat(api.as("quality", passwords.get("quality")).get("/api/v1/access-log").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/access-log").status()).as("the configured test users are gone").isEqualTo(401);
        assertThat(api.as("admin", "admin").get("/actuator/info").status()).isEqualTo(401);
    }
}
