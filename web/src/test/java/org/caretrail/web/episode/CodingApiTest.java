package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Coders record and revise an episode's coding over HTTP; admissions carry a birth date. */
@ApiTest
class CodingApiTest {

    private static final String SEPSIS_WITH_PNEUMONIA = """
            {"diagnoses":[{"code":"A41.9","principal":true,"presentOnAdmission":true},
                          {"code":"J18.9","system":"ICD10CM","principal":false}],
             "procedures":[{"code":"0SR9019","performedAt":"2026-03-02T08:00:00Z"}],
             "codedAt":"2026-03-06T09:00:00Z"}""";

    private final Api api;
    String episodeId;
    String base;

    CodingApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void admitAndDischarge() {
        episodeId = api.admit("P-CODE", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        base = "/api/v1/episodes/" + episodeId;
        assertThat(api.post(base + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-05T10:00:00Z"}""").status()).isEqualTo(200);
    }

    @Test
    void aRevisedCodingIsRecordedAndTheAuditTrailShowsBothCodings() {
        assertThat(api.post(base + "/coding", SEPSIS_WITH_PNEUMONIA).status()).isEqualTo(200);
        Response revised = api.post(base + "/coding", """
                {"diagnoses":[{"code":"J18.9","principal":true},{"code":"A41.9","principal":false}],
                 "codedAt":"2026-03-08T09:00:00Z"}""");
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        assertThat(revised.header("CareTrail-Position")).isPresent();

        JsonNode entries = api.getAfter(base + "/audit", revised).json().get("entries");
        assertThat(entries.findValuesAsText("type")).containsExactly("PatientAdmittedEvent",
                "PatientDischargedEvent", "EpisodeCodedEvent", "EpisodeCodedEvent");
        JsonNode first = entries.get(2).get("data");
        assertThat(first.at("/diagnoses/0/code").asText()).isEqualTo("A41.9");
        assertThat(first.at("/diagnoses/0/system").asText()).isEqualTo("ICD10CM");
        assertThat(first.at("/diagnoses/0/presentOnAdmission").asBoolean()).isTrue();
        assertThat(first.at("/procedures/0/system").asText()).isEqualTo("ICD10PCS");
        assertThat(entries.get(3).at("/data/diagnoses/0/code").asText()).isEqualTo("J18.9");
        assertThat(entries.get(3).at("/data/procedures")).isEmpty();
        assertThat(entries.get(3).get("occurredAt").asText()).isEqualTo("2026-03-08T09:00:00Z");
    }

    @Test
    void repeatingTheSameCodingRecordsNothingNew() {
        assertThat(api.post(base + "/coding", SEPSIS_WITH_PNEUMONIA).status()).isEqualTo(200);
        Response again = api.post(base + "/coding", SEPSIS_WITH_PNEUMONIA);
        assertThat(again.status()).isEqualTo(200);

        JsonNode entries = api.getAfter(base + "/audit", again).json().get("entries");
        assertThat(entries.findValuesAsText("type")).containsExactly("PatientAdmittedEvent",
                "PatientDischargedEvent", "EpisodeCodedEvent");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no principal          | {"diagnoses":[{"code":"J18.9","principal":false}],"codedAt":"2026-03-06T09:00:00Z"} | diagnoses
            two principals        | {"diagnoses":[{"code":"J18.9","principal":true},{"code":"A41.9","principal":true}],"codedAt":"2026-03-06T09:00:00Z"} | diagnoses
            no diagnoses          | {"diagnoses":[],"codedAt":"2026-03-06T09:00:00Z"} | diagnoses
            principal missing     | {"diagnoses":[{"code":"J18.9"}],"codedAt":"2026-03-06T09:00:00Z"} | diagnoses[0].principal
            malformed code        | {"diagnoses":[{"code":"pneumonia","principal":true}],"codedAt":"2026-03-06T09:00:00Z"} | diagnoses[0].code
            unknown system        | {"diagnoses":[{"code":"J18.9","system":"ICD11","principal":true}],"codedAt":"2026-03-06T09:00:00Z"} | diagnoses[0].system
            CPT as a procedure    | {"diagnoses":[{"code":"J18.9","principal":true}],"procedures":[{"code":"27130"}],"codedAt":"2026-03-06T09:00:00Z"} | procedures[0].code
            no coding time        | {"diagnoses":[{"code":"J18.9","principal":true}]} | codedAt
            coded before admitted | {"diagnoses":[{"code":"J18.9","principal":true}],"codedAt":"2026-02-06T09:00:00Z"} | codedAt
            """)
    void aBadCodingIsA400NamingTheFieldAndRecordsNothing(String what, String body, String field) {
        Response response = api.post(base + "/coding", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString()).contains(field);
        Response barrier = api.post(base + "/follow-ups", """
                {"contactedAt":"2026-03-06T10:00:00Z","successful":true}""");
        assertThat(api.getAfter(base + "/audit", barrier).json().get("entries").findValuesAsText("type"))
                .doesNotContain("EpisodeCodedEvent");
    }

    @Test
    void codingAnUnknownEpisodeIsA404() {
        Response response = api.post("/api/v1/episodes/nobody/coding", SEPSIS_WITH_PNEUMONIA);

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
    }

    @Test
    void anAdmissionCarriesTheBirthDateIntoTheAuditTrail() {
        Response admitted = api.post("/api/v1/episodes", """
                {"patientId":"P-BORN","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z","payer":"MEDICARE","birthDate":"1951-03-01"}""");
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);

        JsonNode entries = api.getAfter("/api/v1/episodes/" + admitted.json().get("episodeId").asText() + "/audit",
                admitted).json().get("entries");
        assertThat(entries.at("/0/data/birthDate").asText()).isEqualTo("1951-03-01");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            impossible date     | 1951-02-30
            not a date          | yesterday
            born after admitted | 2026-03-05
            """)
    void aBadBirthDateIsA400NamingIt(String what, String birthDate) {
        Response response = api.post("/api/v1/episodes", """
                {"patientId":"P-BORN","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z","birthDate":"%s"}""".formatted(birthDate));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains("birthDate");
    }
}
