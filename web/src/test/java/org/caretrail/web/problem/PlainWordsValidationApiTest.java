package org.caretrail.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A refused request names every bad field in plain words, with the allowed values, and records nothing. */
@ApiTest
class PlainWordsValidationApiTest {

    private final Api api;

    PlainWordsValidationApiTest(Api api) {
        this.api = api;
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Response response = api.post("/api/v1/episodes", """
                {"episodeId":"E-many-bad","patientId":"","patientClass":"OUTPATIENT","payer":"ACME",
                 "admittedAt":"2026-03-01T10:00:00","ward":"4W","planned":"yes"}""");

        assertThat(response.status()).isEqualTo(400);
        Map<String, String> errors = errors(response.json());
        assertThat(errors).containsOnlyKeys("admittedAt", "facilityId", "patientClass", "patientId", "payer",
                "planned", "ward");
        assertThat(errors.get("patientClass")).isEqualTo("must be one of [EMERGENCY, OBSERVATION, INPATIENT]");
        assertThat(errors.get("payer")).contains("MEDICARE", "SELF_PAY");
        assertThat(errors.get("ward")).startsWith("is not a known field").contains("unit", "patientId");
        assertThat(errors.get("admittedAt")).contains("2026-03-01T10:00:00Z");
        assertThat(errors.get("facilityId")).isEqualTo("must not be blank");
        assertThat(response.json().get("detail").asText()).contains("ward", "payer");
        assertThat(api.get("/api/v1/episodes/E-many-bad").status()).isEqualTo(404);
    }

    @Test
    void anUnknownFieldIsRefusedEvenWhenEverythingElseIsRight() {
        Response response = api.post("/api/v1/episodes", """
                {"episodeId":"E-unknown-field","patientId":"P-1","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z","principalDx":"I50.9"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response.json())).containsOnlyKeys("principalDx");
        assertThat(api.get("/api/v1/episodes/E-unknown-field").status()).isEqualTo(404);
    }

    @Test
    void aClinicalTimeAheadOfTheClockIsRefusedBeyondTheTolerance() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Response future = api.post("/api/v1/episodes", admission("E-future", inAnHour));
        assertThat(future.status()).isEqualTo(400);
        assertThat(errors(future.json())).containsEntry("admittedAt", "must not be in the future");

        Instant inAMinute = Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(api.post("/api/v1/episodes", admission("E-skewed", inAMinute)).status()).isEqualTo(201);
    }

    @Test
    void anUnknownDispositionListsTheUb04Codes() {
        String episodeId = api.admit("P-disp", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        Response response = api.post("/api/v1/episodes/" + episodeId + "/discharge",
                "{\"disposition\":\"99\",\"dischargedAt\":\"2026-03-02T10:00:00Z\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response.json()).get("disposition")).contains("01, 02, 03").contains("was 99");
    }

    @Test
    void anUnknownEnumerationInAQueryListsTheAllowedValues() {
        Response response = api.get("/api/v1/readmissions/rate?measure=ACUTE_90&from=2026-01-01&to=2026-01-31");

        assertThat(response.status()).isEqualTo(400);
        assertThat(errors(response.json()).get("measure")).contains("ACUTE_30", "ALL_STAYS_30");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tester", "quality", "integration", "admin"})
    void anUnknownPathIsNotFoundForEveryRole(String user) {
        assertThat(api.as(user).get("/api/v1/no-such-thing").status()).isEqualTo(404);
        assertThat(api.as(user).post("/api/v1/episodes/E-1/no-such-command", "{}").status()).isEqualTo(404);
        assertThat(api.as(user).get("/no-such-page").status()).isEqualTo(404);
    }

    @Test
    void anUnknownPathIsNotFoundWithoutCredentialsToo() {
        Response response = api.anonymous().get("/api/v1/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    }

    @Test
    void aKnownPathStillNeedsItsRoleAndTheRefusalNamesNoRole() {
        assertThat(api.anonymous().get("/api/v1/episodes/E-1").status()).isEqualTo(401);
        Response refused = api.as("integration").get("/api/v1/episodes/E-1/audit");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("COMPLIANCE", "ADMIN", "QUALITY");
    }

    private static String admission(String episodeId, Instant admittedAt) {
        return """
                {"episodeId":"%s","patientId":"P-1","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"%s"}""".formatted(episodeId, admittedAt);
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new HashMap<>();
        problem.get("errors").forEach(error -> errors.put(error.get("field").asText(), error.get("message").asText()));
        return errors;
    }
}
