package org.caretrail.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps a token's roles claim to CareTrail roles. The claim may be a list or a space- or
 * comma-separated string, and may sit inside an object ({@code realm_access.roles}); names that
 * are not CareTrail roles are ignored.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final List<String> claimPath;

    JwtRoles(String claim) {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("caretrail.security.jwt.roles-claim must name a claim");
        }
        this.claimPath = List.of(claim.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return names(jwt.getClaims()).map(Role::parse).flatMap(Optional::stream).distinct()
                .map(Role::authority).toList();
    }

    private Stream<String> names(Map<String, Object> claims) {
        Object value = claims;
        for (String step : claimPath) {
            if (!(value instanceof Map<?, ?> object)) {
                return Stream.empty();
            }
            value = object.get(step);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf);
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+"));
        }
        return Stream.empty();
    }
}
