package org.caretrail.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.caretrail.infra.securitylog.SecurityLogSearch;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.caretrail.infra.securitylog.SignInEntry;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Lockout, unlock, throttling and their audit, end to end over HTTP Basic (three failures lock a user, five throttle an address). */
@ApiTest
@TestPropertySource(properties = {"caretrail.security.sign-in.free-failures=4",
        "caretrail.security.sign-in.lock-after=3", "caretrail.security.sign-in.base-delay=1h"})
class SignInApiTest {

    @Autowired
    SecurityLogStore securityLog;

    @Test
    void failuresLockAUserAnAdminUnlocksItAnAddressPastItsFailuresIsThrottledAndAllOfItIsLogged(Api api) {
        Response unknown = api.as("nobody-here", "guess").get("/api/v1/episodes/E-1");
        Response wrong = api.as("quality", "guess-1").get("/api/v1/episodes/E-1");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).as("an unknown name is answered as a wrong password is").isEqualTo(wrong.body());
        api.as("quality", "guess-2").get("/api/v1/episodes/E-1");
        Response locking = api.as("quality", "guess-3").get("/api/v1/episodes/E-1");
        assertThat(locking.status()).isEqualTo(401);

        Response locked = api.as("quality").get("/api/v1/readmissions/rate?from=2026-01-01&to=2026-01-31");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asText()).contains("locked");
        assertThat(api.as("admin").get("/api/v1/admin/sign-in-locks").json().findValuesAsText("user"))
                .containsExactly("quality");
        assertThat(api.as("compliance").get("/api/v1/admin/sign-in-locks").status()).isEqualTo(403);

        assertThat(api.as("admin").send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.url("/api/v1/admin/sign-in-locks/quality"))).DELETE().build()).status())
                .isEqualTo(204);
        assertThat(api.as("quality").get("/api/v1/readmissions/rate?from=2026-01-01&to=2026-01-31").status())
                .isEqualTo(200);

        JsonNode log = api.as("compliance").get("/api/v1/security-log?address=127.0.0.1&size=100").json();
        List<String> outcomes = log.findValuesAsText("outcome");
        assertThat(outcomes).containsSubsequence("SUCCEEDED", "UNLOCKED", "THROTTLED", "LOCKED", "FAILED", "FAILED",
                "FAILED", "FAILED");
        assertThat(log.get("items")).anySatisfy(entry -> {
            assertThat(entry.get("user").asText()).isEqualTo("nobody-here");
            assertThat(entry.path("reason").asText()).isEqualTo("unknown user");
        });
        assertThat(log.get("items")).anySatisfy(entry -> {
            assertThat(entry.get("user").asText()).isEqualTo("quality");
            assertThat(entry.path("reason").asText()).isEqualTo("unlocked by admin");
        });
        Response csv = api.as("compliance").get("/api/v1/security-log?user=nobody-here", Map.of("Accept", "text/csv"));
        assertThat(csv.body()).startsWith("at,user,address,outcome,reason\r\n").contains(",nobody-here,127.0.0.1,"
                + "FAILED,unknown user\r\n");

        // a fifth failure from the address: everyone signing in from it now waits, the right password included
        assertThat(api.as("integration", "guess").get("/api/v1/security-log").status()).isEqualTo(401);
        Response throttled = api.as("compliance").get("/api/v1/security-log");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(throttled.json().get("status").asInt()).isEqualTo(429);
        List<SignInEntry> last = securityLog.search(new SecurityLogSearch("compliance", null, "THROTTLED", null, null,
                0, 1)).items();
        assertThat(last).singleElement().satisfies(entry -> assertThat(entry.reason()).startsWith("retry after"));
    }
}
