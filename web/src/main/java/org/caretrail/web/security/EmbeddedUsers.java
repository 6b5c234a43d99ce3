package org.caretrail.web.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The HTTP Basic users: those configured, or, when none are, one user per role with a random
 * password that is printed once. CareTrail never ships a fixed default password.
 */
final class EmbeddedUsers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedUsers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedUsers() {
    }

    static UserDetailsService from(List<String> entries) {
        List<ConfiguredUser> users = entries.stream().filter(entry -> !entry.isBlank())
                .map(ConfiguredUser::parse).toList();
        if (users.isEmpty()) {
            users = generateOnePerRole();
            print(users);
        }
        InMemoryUserDetailsManager manager =
                new InMemoryUserDetailsManager(users.stream().map(ConfiguredUser::toUserDetails).toList());
        // A plain UserDetailsService, not the manager itself: Spring upgrades the stored password of
        // a UserDetailsPasswordService to bcrypt after the first sign-in, which then costs a bcrypt
        // check (tens of milliseconds) on every Basic request, {noop} users included.
        return manager::loadUserByUsername;
    }

    private static List<ConfiguredUser> generateOnePerRole() {
        // {noop}: the password is printed in the log anyway, and a bcrypt check on every Basic request is slow
        return Arrays.stream(Role.values())
                .map(role -> new ConfiguredUser(role.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "{noop}" + randomPassword(), List.of(role)))
                .toList();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void print(List<ConfiguredUser> users) {
        StringBuilder text = new StringBuilder("""

                ******** CareTrail: no users configured (caretrail.security.users) ********
                Generated one HTTP Basic user per role for this run only; the passwords are shown once:
                """);
        for (ConfiguredUser user : users) {
            text.append("    ").append(user.name()).append(" / ")
                    .append(user.encodedPassword().substring("{noop}".length()))
                    .append("   (").append(user.roles().get(0)).append(")\n");
        }
        text.append("Configure caretrail.security.users or an OAuth2 issuer before real use.\n")
                .append("****************************************************************************");
        log.warn(text.toString());
    }
}
