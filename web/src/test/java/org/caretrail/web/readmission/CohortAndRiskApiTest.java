package org.caretrail.web.readmission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coded stays posted over HTTP; the cohort rate, the timeline's stay figures and an episode's risk read back. */
@ApiTest
class CohortAndRiskApiTest {

    private static final String AS_OF = "asOf=2026-06-01T00:00:00Z";

    private final Api api;
    String facility;

    CohortAndRiskApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void connect() {
        facility = "F-" + UUID.randomUUID();
    }

    @Test
    void aHeartFailureStayOfAMedicarePatientCountsInTheHfRateAndOneWithoutBirthDateIsAgeUnknown() {
        String patient = "P-" + UUID.randomUUID();
        String index = admit(patient, "INPATIENT", "2026-03-01T10:00:00Z", "\"birthDate\":\"1950-05-01\",");
        api.post("/api/v1/episodes/" + index + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-05T10:00:00Z"}""").expect(200);
        code(index, "I50.9").expect(200);
        admit(patient, "INPATIENT", "2026-03-20T10:00:00Z", "");
        String unknownAge = admit("P-" + UUID.randomUUID(), "INPATIENT", "2026-03-02T10:00:00Z", "");
        api.post("/api/v1/episodes/" + unknownAge + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-06T10:00:00Z"}""").expect(200);
        Response last = code(unknownAge, "I50.23");
        last.expect(200);

        JsonNode hf = api.readAfter("/api/v1/readmissions/rate?cohort=HF&facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&" + AS_OF, last);
        assertThat(hf.get("cohort").asText()).isEqualTo("HF");
        assertThat(hf.get("readmitted").asLong()).isEqualTo(1);
        assertThat(hf.get("notReadmitted").asLong()).isZero();
        assertThat(hf.get("ageUnknown").asLong()).isEqualTo(1);
        assertThat(hf.get("valueSetVersion").asText()).isEqualTo("caretrail-2026.1");
        assertThat(hf.get("rate").asDouble()).isEqualTo(1.0);

        JsonNode ami = api.readAfter("/api/v1/readmissions/rate?cohort=AMI&facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&" + AS_OF, last);
        assertThat(ami.get("readmitted").asLong() + ami.get("notReadmitted").asLong()).isZero();
        assertThat(ami.get("rate").isNull()).isTrue();

        JsonNode allCause = api.readAfter("/api/v1/readmissions/rate?facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&" + AS_OF, last);
        assertThat(allCause.get("readmitted").asLong()).isEqualTo(1);
        assertThat(allCause.get("notReadmitted").asLong()).isEqualTo(1);
        assertThat(allCause.has("ageUnknown")).isFalse();

        JsonNode timeline = api.readAfter("/api/v1/patients/" + patient + "/timeline?" + AS_OF, last);
        JsonNode first = timeline.at("/stays/0");
        assertThat(first.get("cohorts").toString()).isEqualTo("[\"HF\"]");
        assertThat(first.get("lengthOfStayDays").asInt()).isEqualTo(4);
        assertThat(first.get("observationHours").asDouble()).isZero();
        assertThat(first.at("/lace/score").asInt()).isEqualTo(5); // L 4 + A 0 + C 1 + E 0
        assertThat(first.at("/lace/band").asText()).isEqualTo("MODERATE");
        assertThat(first.at("/lace/charlsonConditions/0").asText()).isEqualTo("HEART_FAILURE");
    }

    @Test
    void anEpisodesRiskCountsEdVisitsAtOtherFacilitiesAndObservationHours() {
        String patient = "P-" + UUID.randomUUID();
        String edVisit = api.admit(patient, "F-" + UUID.randomUUID(), "EMERGENCY", "2026-02-10T10:00:00Z");
        api.post("/api/v1/episodes/" + edVisit + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-02-10T14:00:00Z"}""").expect(200);
        String stay = admit(patient, "EMERGENCY", "2026-03-01T10:00:00Z", "");
        api.post("/api/v1/episodes/" + stay + "/class-changes", """
                {"patientClass":"OBSERVATION","effectiveAt":"2026-03-01T12:00:00Z"}""").expect(200);
        api.post("/api/v1/episodes/" + stay + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-03-02T18:30:00Z"}""").expect(200);
        Response discharged = api.post("/api/v1/episodes/" + stay + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-04T10:00:00Z"}""");
        discharged.expect(200);

        JsonNode risk = api.readAfter("/api/v1/episodes/" + stay + "/risk?" + AS_OF, discharged);
        assertThat(risk.get("episodeId").asText()).isEqualTo(stay);
        assertThat(risk.get("lengthOfStayDays").asInt()).isEqualTo(3);
        assertThat(risk.get("observationHours").asDouble()).isEqualTo(30.5);
        assertThat(risk.at("/lace/lengthOfStay").asInt()).isEqualTo(3);
        assertThat(risk.at("/lace/acuity").asInt()).isEqualTo(3);
        assertThat(risk.at("/lace/comorbidity").asInt()).isEqualTo(1);
        assertThat(risk.at("/lace/emergencyVisits").asInt()).isEqualTo(1);
        assertThat(risk.at("/lace/score").asInt()).isEqualTo(8);
        assertThat(risk.at("/lace/band").asText()).isEqualTo("MODERATE");

        JsonNode whileActive = api.readAfter("/api/v1/episodes/" + stay + "/risk?asOf=2026-03-02T00:00:00Z", discharged);
        assertThat(whileActive.get("lengthOfStayDays").asInt()).isEqualTo(1);
        assertThat(whileActive.get("observationHours").asDouble()).isEqualTo(12.0);
    }

    @Test
    void theRiskOfAnUnknownEpisodeIsA404() {
        Response response = api.get("/api/v1/episodes/nobody/risk");
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
    }

    @Test
    void aCohortOutsideTheAcuteMeasureOrUnknownIsA400NamingIt() {
        Response allStays = api.get("/api/v1/readmissions/rate?measure=ALL_STAYS_30&cohort=HF&from=2026-03-01&to=2026-03-31");
        Response unknown = api.get("/api/v1/readmissions/rate?cohort=SEPSIS&from=2026-03-01&to=2026-03-31");

        assertThat(allStays.status()).as(allStays.toString()).isEqualTo(400);
        assertThat(allStays.json().at("/errors/0/field").asText()).isEqualTo("cohort");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("cohort");
    }

    @Test
    void theWorklistShowsEachClocksStayRiskAsTheRiskReadGivesIt() {
        String stay = admit("P-" + UUID.randomUUID(), "EMERGENCY", "2026-05-20T10:00:00Z", "");
        api.post("/api/v1/episodes/" + stay + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-05-20T16:00:00Z"}""").expect(200);
        api.post("/api/v1/episodes/" + stay + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-05-25T10:00:00Z"}""").expect(200);
        Response coded = api.post("/api/v1/episodes/" + stay + "/coding", """
                {"diagnoses":[{"code":"I50.9","principal":true}],"codedAt":"2026-05-25T12:00:00Z"}""");
        coded.expect(200);
        String asOf = "asOf=2026-05-26T00:00:00Z";

        JsonNode risk = api.readAfter("/api/v1/episodes/" + stay + "/risk?" + asOf, coded).get("lace");
        JsonNode worklist = api.readAfter("/api/v1/compliance/worklist?facilityId=" + facility + "&" + asOf, coded);

        List<JsonNode> entries = new ArrayList<>();
        worklist.get("items").forEach(entry -> {
            if (entry.get("episodeId").asText().equals(stay)) {
                entries.add(entry);
            }
        });
        assertThat(entries).as(worklist.toString()).isNotEmpty();
        assertThat(risk.get("score").asInt()).as("5 days, emergency, heart failure").isPositive();
        for (JsonNode entry : entries) {
            assertThat(entry.get("lace").get("score").asInt()).isEqualTo(risk.get("score").asInt());
            assertThat(entry.get("lace").get("band").asText()).isEqualTo(risk.get("band").asText());
        }
        String csv = api.get("/api/v1/compliance/worklist?facilityId=" + facility + "&" + asOf,
                Map.of("Accept", "text/csv")).body();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",laceScore,laceBand");
        assertThat(csv).contains("," + risk.get("score").asInt() + "," + risk.get("band").asText());
    }

    private String admit(String patient, String patientClass, String admittedAt, String moreFields) {
        return api.admit(patient, facility, patientClass, admittedAt, moreFields);
    }

    private Response code(String episodeId, String principal) {
        return api.post("/api/v1/episodes/" + episodeId + "/coding", """
                {"diagnoses":[{"code":"%s","principal":true}],"codedAt":"2026-03-10T09:00:00Z"}""".formatted(principal));
    }
}
