package org.caretrail.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The CareTrail roles; a user may hold several. */
public enum Role {
    CASE_MANAGER,
    INTEGRATION,
    QUALITY,
    COMPLIANCE,
    ADMIN;

    private static final String PREFIX = "ROLE_";

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority(PREFIX + name());
    }

    /** Reads a role name as identity providers and configuration write it: any case, with or without {@code ROLE_}. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        String bare = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        return Arrays.stream(values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    /** The CareTrail roles of an authentication, in declaration order, joined with commas: what events record. */
    public static String describe(Authentication authentication) {
        return describe(authentication.getAuthorities());
    }

    static String describe(Collection<? extends GrantedAuthority> authorities) {
        return Arrays.stream(values())
                .filter(role -> authorities.stream().anyMatch(a -> (PREFIX + role.name()).equals(a.getAuthority())))
                .map(Role::name)
                .collect(Collectors.joining(","));
    }
}
