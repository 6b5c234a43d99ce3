package org.caretrail.web.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** One {@code name:password:ROLE,ROLE} entry of {@code caretrail.security.users}. */
public record ConfiguredUser(String name, String encodedPassword, List<Role> roles) {

    /** Splits at the first and the last colon, so that an encoded password may itself hold colons. */
    public static ConfiguredUser parse(String entry) {
        int first = entry.indexOf(':');
        int last = entry.lastIndexOf(':');
        if (first <= 0 || last == first) {
            throw new IllegalArgumentException("A user must read name:password:ROLE,ROLE; got an entry for '"
                    + (first > 0 ? entry.substring(0, first) : "?") + "' that does not");
        }
        String name = entry.substring(0, first).trim();
        String password = entry.substring(first + 1, last);
        if (!password.startsWith("{")) {
            throw new IllegalArgumentException("The password of user '" + name
                    + "' must name its encoding, as {bcrypt}... or {noop}...");
        }
        List<Role> roles = Arrays.stream(entry.substring(last + 1).split(","))
                .filter(text -> !text.isBlank())
                .map(text -> Role.parse(text).orElseThrow(() -> new IllegalArgumentException(
                        "User '" + name + "' has the unknown role '" + text.trim() + "'; roles are "
                                + Arrays.toString(Role.values()))))
                .distinct()
                .toList();
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("User '" + name + "' has no role");
        }
        return new ConfiguredUser(name, password, roles);
    }

    UserDetails toUserDetails() {
        return User.withUsername(name).password(encodedPassword)
                .authorities(roles.stream().map(Role::authority).toList())
                .build();
    }
}
