package org.caretrail.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAPI description says what the API really answers, with the allowed values, and Swagger UI can sign in. */
@ApiTest
class OpenApiUsabilityApiTest {

    JsonNode description;

    @BeforeEach
    void read(Api api) {
        description = api.get("/v3/api-docs").json();
    }

    @Test
    void whatCreatesAnswers201AndNot200() {
        JsonNode admit = description.at("/paths/~1api~1v1~1episodes/post/responses");
        assertThat(admit.has("201")).isTrue();
        assertThat(admit.has("200")).isFalse();
        assertThat(description.at("/paths/~1api~1v1~1episodes~1{id}~1referrals/post/responses").has("201")).isTrue();
        assertThat(description.at("/paths/~1api~1v1~1episodes~1{id}~1discharge/post/responses").has("200")).isTrue();
    }

    @Test
    void everyRefusalOfEveryOperationIsAProblem() {
        List<String> missing = new ArrayList<>();
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().get("responses");
            for (String status : List.of("401", "403", "503")) {
                String ref = responses.at("/" + status + "/content/application~1problem+json/schema/$ref").asText();
                if (path.getKey().startsWith("/api/") && !ref.equals("#/components/schemas/Problem")) {
                    missing.add(op.getKey() + " " + path.getKey() + " " + status);
                }
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(description.at("/paths/~1api~1v1~1episodes~1{id}~1discharge/post/responses/409")).isNotEmpty();
        assertThat(description.at("/components/schemas/Problem/properties/errors")).isNotEmpty();
    }

    @Test
    void enumerationsAndCodesListTheirAllowedValuesAndFieldsHaveExamples() {
        JsonNode admission = description.at("/components/schemas/AdmissionRequest/properties");
        assertThat(admission.at("/patientClass/enum").toString()).contains("EMERGENCY", "OBSERVATION", "INPATIENT");
        assertThat(admission.at("/payer/enum").toString()).contains("MEDICARE_ADVANTAGE");
        assertThat(admission.at("/admittedAt/example").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(admission.at("/admittedAt/description").asText()).isNotBlank();
        assertThat(description.at("/components/schemas/DischargeRequest/properties/disposition/enum").toString())
                .contains("\"01\"", "\"06\"", "\"95\"").doesNotContain("\"99\"");
    }

    @Test
    void swaggerUiOffersHttpBasicSignIn() {
        assertThat(description.at("/components/securitySchemes/basic/type").asText()).isEqualTo("http");
        assertThat(description.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(description.get("security").toString()).contains("basic");
    }

    @Test
    void theRootIsTheDashboardWhichAsksAStrangerToSignIn(Api api) {
        Api.Response root = api.anonymous().get("/");
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theBrowsableApiAsksAStrangerForCredentials(Api api) {
        Api.Response docs = api.anonymous().get("/swagger-ui.html");
        assertThat(docs.status()).isEqualTo(401);
        assertThat(docs.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
    }
}
