package org.caretrail.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The served OpenAPI description lists the operations of docs/API.md with their paths and methods. */
@ApiTest
class OpenApiContractApiTest {

    private final Api api;

    OpenApiContractApiTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "post, /api/v1/episodes",
            "post, /api/v1/episodes/{id}/class-changes",
            "post, /api/v1/episodes/{id}/transfers",
            "post, /api/v1/episodes/{id}/case-manager",
            "post, /api/v1/episodes/{id}/assessments",
            "post, /api/v1/episodes/{id}/post-acute-choice",
            "post, /api/v1/episodes/{id}/referrals",
            "post, /api/v1/episodes/{id}/referrals/{referralId}/acceptance",
            "post, /api/v1/episodes/{id}/referrals/{referralId}/decline",
            "post, /api/v1/episodes/{id}/referrals/{referralId}/cancellation",
            "post, /api/v1/episodes/{id}/education",
            "post, /api/v1/episodes/{id}/notices",
            "post, /api/v1/episodes/{id}/discharge",
            "post, /api/v1/episodes/{id}/discharge-cancellation",
            "post, /api/v1/episodes/{id}/cancellation",
            "post, /api/v1/episodes/{id}/follow-ups",
            "get, /api/v1/episodes/{id}",
            "get, /api/v1/episodes/{id}/audit",
            "get, /api/v1/audit",
            "get, /api/v1/audit/verify",
            "get, /api/v1/audit/checkpoints",
            "post, /api/v1/admin/projections/{name}/reset",
            "get, /api/v1/patients/{patientId}/timeline",
            "get, /api/v1/readmissions/rate",
            "get, /api/v1/compliance/worklist",
            "get, /api/v1/episodes/{id}/compliance",
            "get, /api/v1/compliance/report",
            "get, /api/v1/access-log",
            "post, /api/v1/hl7",
            "get, /api/v1/admin/projections/{name}/dead-letters",
            "post, /api/v1/admin/projections/{name}/dead-letters/retry",
            "get, /api/v1/admin/hl7/messages",
            "post, /api/v1/admin/hl7/messages/{id}/retry",
    })
    void theDescriptionListsEveryOperationOfTheContract(String method, String path) {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        assertThat(paths.has(path)).as("path " + path).isTrue();
        assertThat(paths.get(path).has(method)).as(method + " " + path).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/compliance/report", "/api/v1/access-log"})
    void theDescriptionOffersEachExportAsJsonAndAsCsv(String path) {
        JsonNode paths = api.get("/v3/api-docs").json().get("paths");

        JsonNode content = paths.get(path).at("/get/responses/200/content");
        assertThat(content.fieldNames()).toIterable().contains("application/json", "text/csv");
    }
}
