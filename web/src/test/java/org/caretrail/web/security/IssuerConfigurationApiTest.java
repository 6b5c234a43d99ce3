package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** An issuer in caretrail.security.jwt.issuer-uri switches to bearer tokens, and startup does not wait for it. */
@ApiTest
@TestPropertySource(properties = "caretrail.security.jwt.issuer-uri=http://127.0.0.1:9/realms/unreachable")
class IssuerConfigurationApiTest {

    @Test
    void anIssuerReplacesBasicUsersWithBearerTokensEvenWhileItIsUnreachable(Api api) {
        Response refused = api.get("/api/v1/episodes/E-1");

        assertThat(refused.status()).as("the Basic test user no longer signs in").isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }
}
