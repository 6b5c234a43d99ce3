package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;

class EmbeddedUsersTest {

    @TempDir
    Path data;

    CareTrailUsers users = EmbeddedUsers.from(List.of("nurse:{bcrypt}$2a$10$abcdefghijklmnopqrstuuC0m4PB1dYkq6B7B1jlGIwUJvbO5xGa6:CASE_MANAGER",
            "kim:{noop}secret:QUALITY"), Path.of("unused"));

    @Test
    void configuredPasswordsKeepTheirEncodingSoSignInNeverTurnsThemIntoBcrypt() {
        UserDetailsService details = users.userDetailsService();

        // Spring re-encodes the passwords of a UserDetailsPasswordService after each sign-in.
        assertThat(details).isNotInstanceOf(UserDetailsPasswordService.class);
        assertThat(details.loadUserByUsername("kim").getPassword()).isEqualTo("{noop}secret");
    }

    @Test
    void generatedUsersAreMadeOncePerDataDirectoryAndKeptAcrossRestarts() {
        Path file = data.resolve("data/generated-users.txt");

        CareTrailUsers first = EmbeddedUsers.from(List.of(), file);
        CareTrailUsers afterRestart = EmbeddedUsers.from(List.of(), file);

        assertThat(first.knows("admin")).isTrue();
        assertThat(afterRestart.userDetailsService().loadUserByUsername("admin").getPassword())
                .isEqualTo(first.userDetailsService().loadUserByUsername("admin").getPassword());
    }

    @Test
    void anUnknownNameGetsAStandInCheckedLikeARealUserButNeverSignedIn() {
        UserDetails standIn = users.userDetailsService().loadUserByUsername("mallory");

        assertThat(standIn.getPassword()).startsWith("{bcrypt}$2a$10$");
        assertThat(CareTrailUsers.isStandIn(standIn)).isTrue();
        assertThat(CareTrailUsers.isStandIn(users.userDetailsService().loadUserByUsername("nurse"))).isFalse();
        assertThat(users.knows("mallory")).isFalse();
        assertThat(users.knows("nurse")).isTrue();
    }
}
