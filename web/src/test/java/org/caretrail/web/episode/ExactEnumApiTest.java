package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** An enum value with surrounding spaces is an unknown value, in a body and in a query parameter alike. */
@ApiTest
class ExactEnumApiTest {

    private final Api api;

    ExactEnumApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aPatientClassWithATrailingSpaceIsRefusedNamingIt() {
        Response response = api.post("/api/v1/episodes", """
                {"patientId":"P-SPACE","facilityId":"F-1","patientClass":"INPATIENT ","admittedAt":"2026-03-01T10:00:00Z"}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("patientClass");
    }

    @Test
    void aPayerWithALeadingSpaceIsRefusedNamingIt() {
        Response response = api.post("/api/v1/episodes", """
                {"patientId":"P-SPACE","facilityId":"F-1","patientClass":"INPATIENT","payer":" MEDICARE",
                 "admittedAt":"2026-03-01T10:00:00Z"}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("payer");
    }

    @Test
    void theExactValueIsStillTaken() {
        Response response = api.post("/api/v1/episodes", """
                {"patientId":"P-SPACE","facilityId":"F-1","patientClass":"INPATIENT","payer":"MEDICARE",
                 "admittedAt":"2026-03-01T10:00:00Z"}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aMeasureWithATrailingSpaceInTheQueryIsRefusedNamingIt() {
        Response response = api.get("/api/v1/readmissions/rate?measure=ACUTE_30%20&from=2026-03-01&to=2026-03-31");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("measure");
    }
}
