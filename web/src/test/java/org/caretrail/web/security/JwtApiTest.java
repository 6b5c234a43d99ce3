package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Production's path: bearer tokens from an identity provider, roles from a configured (nested) claim. */
@ApiTest
@Import(TestTokens.class)
@TestPropertySource(properties = {
        "caretrail.security.jwt.roles-claim=realm_access.roles",
        "caretrail.security.jwt.principal-claim=preferred_username"})
class JwtApiTest {

    private static final String ADMISSION = """
            {"patientId":"P-jwt","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"}""";

    private final Api api;

    JwtApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aTokensRolesAllowItsCommandsAndItsUserIsRecordedAsTheActor() {
        Response admitted = bearer(token("nurse.jones", "CASE_MANAGER")).post("/api/v1/episodes", ADMISSION);
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        String id = admitted.json().get("episodeId").asText();

        JsonNode trail = bearer(token("officer.kim", "compliance", "some-other-app-role"))
                .getAfter("/api/v1/episodes/" + id + "/audit", admitted).json();

        assertThat(trail.at("/entries/0/actor").asText()).isEqualTo("nurse.jones");
        assertThat(trail.at("/entries/0/role").asText()).isEqualTo("CASE_MANAGER");
    }

    @Test
    void aTokenWithoutAnAllowedRoleIsRefusedWith403() {
        Response refused = bearer(token("analyst", "QUALITY")).post("/api/v1/episodes", ADMISSION);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void noTokenIsA401ProblemWithABearerChallenge() {
        Response refused = api.anonymous().get("/api/v1/access-log");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(refused.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void aForgedOrExpiredTokenIsA401Problem() {
        String forged = TestTokens.forge(TestTokens.claims("mallory")
                .claim("realm_access", Map.of("roles", List.of("COMPLIANCE"))).build());
        String expired = TestTokens.sign(TestTokens.claims("late")
                .claim("realm_access", Map.of("roles", List.of("COMPLIANCE")))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600))).build());

        for (String token : List.of(forged, expired, "not-a-token")) {
            Response refused = bearer(token).get("/api/v1/access-log");
            assertThat(refused.status()).as(token).isEqualTo(401);
            assertThat(refused.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void basicCredentialsDoNotWorkWhenTokensAreConfigured() {
        assertThat(api.get("/api/v1/access-log").status()).isEqualTo(401);
    }

    private Api bearer(String token) {
        return api.withAuthorization("Bearer " + token);
    }

    private static String token(String user, String... roles) {
        return TestTokens.sign(TestTokens.claims("sub-" + user).claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(roles))).build());
    }
}
