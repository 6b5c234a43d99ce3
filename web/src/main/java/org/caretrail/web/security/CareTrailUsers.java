package org.caretrail.web.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The HTTP Basic users. An unknown name is answered with a stand-in whose password is encoded
 * like a real user's, so checking it costs what a wrong password costs and response times do not
 * tell which names exist; a sign-in as the stand-in is refused whatever the password.
 */
public final class CareTrailUsers {

    private final Map<String, UserDetails> users;
    private final String standInPassword;

    CareTrailUsers(List<ConfiguredUser> configured) {
        this.users = configured.stream().map(ConfiguredUser::toUserDetails)
                .collect(Collectors.toUnmodifiableMap(UserDetails::getUsername, Function.identity()));
        this.standInPassword = configured.get(0).encodedPassword();
    }

    public boolean knows(String name) {
        return users.containsKey(name);
    }

    /** Whether the details are the stand-in for an unknown name, which must never be signed in. */
    public static boolean isStandIn(Object principal) {
        return principal instanceof StandIn;
    }

    /** Never throws for an unknown name: the check then runs against the stand-in. */
    public UserDetailsService userDetailsService() {
        return name -> {
            UserDetails user = users.get(name);
            return user != null ? User.withUserDetails(user).build() : new StandIn(name, standInPassword);
        };
    }

    private static final class StandIn extends User {

        StandIn(String name, String password) {
            super(name, password, List.of());
        }
    }
}
