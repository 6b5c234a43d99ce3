package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;

class EmbeddedUsersTest {

    @Test
    void configuredPasswordsKeepTheirEncodingSoSignInNeverTurnsThemIntoBcrypt() {
        UserDetailsService users = EmbeddedUsers.from(List.of("nurse:{noop}secret:CASE_MANAGER"));

        // Spring re-encodes the passwords of a UserDetailsPasswordService after each sign-in.
        assertThat(users).isNotInstanceOf(UserDetailsPasswordService.class);
        assertThat(users.loadUserByUsername("nurse").getPassword()).isEqualTo("{noop}secret");
    }
}
