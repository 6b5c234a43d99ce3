package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input of every kind gets a 400 problem naming the field, never a 5xx, and records nothing. */
@ApiTest
class BadInputApiTest {

    private final Api api;
    String episodeId;

    BadInputApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void admitOne() {
        episodeId = api.admit("P-200", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON            | {"patientId":"P-1",                                                        | body
            number where text is due  | {"patientId":123,"facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"} | patientId
            unknown patient class     | {"patientId":"P","facilityId":"F","patientClass":"OUTPATIENT","admittedAt":"2026-03-01T10:00:00Z"} | patientClass
            unknown payer             | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z","payer":"ACME"} | payer
            instant without offset    | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00"} | admittedAt
            instant as a number       | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":1772359200} | admittedAt
            impossible date           | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-02-30T10:00:00Z"} | admittedAt
            missing patient           | {"facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"} | patientId
            text where boolean is due | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z","planned":"yes"} | planned
            over-long id              | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z","unit":"%s"} | unit
            bad diagnosis code        | {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z","principalDiagnosis":"heart"} | principalDiagnosis
            a list, not an object     | []                                                                          | body
            """)
    void anAdmissionWithBadInputIsA400NamingTheField(String what, String body, String field) {
        Response response = api.post("/api/v1/episodes", body.formatted("x".repeat(500)));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString()).contains(field);
    }

    @Test
    void deeplyNestedJsonIsA400() {
        String nested = "{\"patientId\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertProblem(api.post("/api/v1/episodes", nested), 400);
    }

    @Test
    void aHugeBodyIsA400() {
        String huge = "{\"patientId\":\"" + "x".repeat(3_000_000) + "\"}";
        assertProblem(api.post("/api/v1/episodes", huge), 400);
    }

    @Test
    void anUnknownDispositionIsA400NamingTheDisposition() {
        Response response = api.post("/api/v1/episodes/" + episodeId + "/discharge", """
                {"disposition":"99","dischargedAt":"2026-03-03T10:00:00Z"}""");

        assertProblem(response, 400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("disposition");
        assertNothingRecordedAfterAdmission();
    }

    @Test
    void aDischargeBeforeTheAdmissionIsA400AndRecordsNothing() {
        Response response = api.post("/api/v1/episodes/" + episodeId + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-02-28T10:00:00Z"}""");

        assertProblem(response, 400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("dischargedAt");
        assertNothingRecordedAfterAdmission();
    }

    @Test
    void aClassChangeBeforeTheAdmissionIsA400() {
        Response response = api.post("/api/v1/episodes/" + episodeId + "/class-changes", """
                {"patientClass":"OBSERVATION","effectiveAt":"2026-02-01T10:00:00Z"}""");

        assertProblem(response, 400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("effectiveAt");
    }

    @Test
    void dischargingADischargedEpisodeIsA409() {
        String discharge = """
                {"disposition":"01","dischargedAt":"2026-03-03T10:00:00Z"}""";
        assertThat(api.post("/api/v1/episodes/" + episodeId + "/discharge", discharge).status()).isEqualTo(200);

        assertProblem(api.post("/api/v1/episodes/" + episodeId + "/discharge", discharge), 409);
    }

    @Test
    void aCommandForAnUnknownEpisodeIsA404() {
        assertProblem(api.post("/api/v1/episodes/nobody/transfers", """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}"""), 404);
        assertProblem(api.get("/api/v1/episodes/nobody"), 404);
        assertProblem(api.get("/api/v1/episodes/nobody/audit"), 404);
    }

    @Test
    void aWrongContentTypeIsAProblemNotAServerError() {
        Response response = api.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(api.url("/api/v1/episodes")))
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("admit please")).build());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aBadQueryParameterIsA400NamingIt() {
        Response response = api.get("/api/v1/audit?from=yesterday");

        assertProblem(response, 400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void aPageSizeOutOfRangeIsA400NamingIt() {
        Response response = api.get("/api/v1/audit?size=501");

        assertProblem(response, 400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("size");
    }

    private void assertNothingRecordedAfterAdmission() {
        Response barrier = api.post("/api/v1/episodes/" + episodeId + "/case-manager", """
                {"caseManagerId":"nurse-1","effectiveAt":"2026-03-01T11:00:00Z"}""");
        JsonNode entries = api.getAfter("/api/v1/episodes/" + episodeId + "/audit", barrier).json().get("entries");
        assertThat(entries.findValuesAsText("type"))
                .containsExactly("PatientAdmittedEvent", "CaseManagerAssignedEvent");
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
