package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesTest {

    @Test
    void aListClaimMapsToCareTrailRolesAndIgnoresOthers() {
        Jwt jwt = jwt(Map.of("roles", List.of("CASE_MANAGER", "offline_access", "role_quality")));

        assertThat(names(new JwtRoles("roles"), jwt)).containsExactly("ROLE_CASE_MANAGER", "ROLE_QUALITY");
    }

    @Test
    void aSpaceOrCommaSeparatedStringClaimIsSplit() {
        Jwt jwt = jwt(Map.of("groups", "compliance admin,INTEGRATION"));

        assertThat(names(new JwtRoles("groups"), jwt))
                .containsExactly("ROLE_COMPLIANCE", "ROLE_ADMIN", "ROLE_INTEGRATION");
    }

    @Test
    void aDottedClaimReachesIntoAnObject() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("QUALITY"))));

        assertThat(names(new JwtRoles("realm_access.roles"), jwt)).containsExactly("ROLE_QUALITY");
    }

    @Test
    void aMissingClaimGivesNoRole() {
        assertThat(names(new JwtRoles("realm_access.roles"), jwt(Map.of("roles", List.of("ADMIN"))))).isEmpty();
    }

    @Test
    void rolesAreRecordedInDeclarationOrderJoinedWithCommas() {
        Jwt jwt = jwt(Map.of("roles", List.of("ADMIN", "CASE_MANAGER")));

        assertThat(Role.describe(new JwtRoles("roles").convert(jwt))).isEqualTo("CASE_MANAGER,ADMIN");
    }

    private static List<String> names(JwtRoles roles, Jwt jwt) {
        return roles.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.parse("2026-03-01T10:00:00Z"));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
