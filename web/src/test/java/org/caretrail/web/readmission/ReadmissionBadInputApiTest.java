package org.caretrail.web.readmission;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unknown patients are a 404 and bad query parameters a 400 naming them, as problem+json. */
@ApiTest
class ReadmissionBadInputApiTest {

    private final Api api;

    ReadmissionBadInputApiTest(Api api) {
        this.api = api;
    }

    @Test
    void theTimelineOfAnUnknownPatientIsA404() {
        Response response = api.get("/api/v1/patients/P-nobody-knows/timeline");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().get("detail").asText()).contains("P-nobody-knows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown measure on a timeline   | /api/v1/patients/P-1/timeline?measure=HRRP_90                        | measure
            lower-case measure              | /api/v1/patients/P-1/timeline?measure=acute_30                       | measure
            asOf without an offset          | /api/v1/patients/P-1/timeline?asOf=2026-03-01T10:00:00               | asOf
            asOf that is not a time         | /api/v1/patients/P-1/timeline?asOf=yesterday                         | asOf
            unknown measure on a rate       | /api/v1/readmissions/rate?measure=X&from=2026-03-01&to=2026-03-31    | measure
            rate asOf that is a date        | /api/v1/readmissions/rate?from=2026-03-01&to=2026-03-31&asOf=2026-03-01 | asOf
            rate without from               | /api/v1/readmissions/rate?to=2026-03-31                              | from
            rate without to                 | /api/v1/readmissions/rate?from=2026-03-01                            | to
            rate from an impossible date    | /api/v1/readmissions/rate?from=2026-02-30&to=2026-03-31              | from
            rate to before from             | /api/v1/readmissions/rate?from=2026-03-31&to=2026-03-01              | to
            """)
    void aBadQueryParameterIsA400NamingIt(String what, String path, String field) {
        Response response = api.get(path);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }
}
