package org.caretrail.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every endpoint that takes a period refuses one that ends before it starts, the same way: a 400 whose error names
 * {@code to} and the {@code from} it may not precede. A period of one day (or one instant) is allowed.
 */
@ApiTest
class PeriodParametersApiTest {

    private static final String DAYS_BACKWARDS = "from=2026-03-31&to=2026-03-01";
    private static final String INSTANTS_BACKWARDS = "from=2026-03-31T00:00:00Z&to=2026-03-01T00:00:00Z";

    private final Api api;

    PeriodParametersApiTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/readmissions/rate?" + DAYS_BACKWARDS,
            "/api/v1/readmissions/rates?" + DAYS_BACKWARDS,
            "/api/v1/readmissions/index-stays?" + DAYS_BACKWARDS,
            "/api/v1/compliance/report?" + DAYS_BACKWARDS,
            "/api/v1/compliance/clocks?" + DAYS_BACKWARDS,
            "/api/v1/post-acute/referrals?" + DAYS_BACKWARDS,
            "/api/v1/post-acute/destinations?" + DAYS_BACKWARDS,
            "/api/v1/notifications/report?" + DAYS_BACKWARDS,
            "/api/v1/notifications?" + INSTANTS_BACKWARDS,
            "/api/v1/audit?" + INSTANTS_BACKWARDS,
            "/api/v1/access-log?" + INSTANTS_BACKWARDS,
            "/api/v1/security-log?" + INSTANTS_BACKWARDS})
    void aPeriodThatEndsBeforeItStartsIsA400NamingTo(String path) {
        Response response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("to");
        assertThat(response.json().at("/errors/0/message").asText()).startsWith("must not be before from (2026-03-31");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/readmissions/rates?from=2026-03-01&to=2026-03-01",
            "/api/v1/compliance/clocks?from=2026-03-01&to=2026-03-01",
            "/api/v1/notifications?from=2026-03-01T00:00:00Z&to=2026-03-01T00:00:00Z",
            "/api/v1/audit?from=2026-03-01T00:00:00Z&to=2026-03-01T00:00:00Z",
            "/api/v1/access-log?from=2026-03-01T00:00:00Z",
            "/api/v1/security-log?to=2026-03-01T00:00:00Z"})
    void aPeriodOfOneDayOrOpenAtOneEndIsAnswered(String path) {
        Response response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }
}
