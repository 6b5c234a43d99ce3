package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.JsonOrCsvAccepts;
import org.caretrail.web.testing.Negotiated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The episode list over HTTP: filters, newest admission first, pages, CSV, access log. */
@ApiTest
class EpisodeListApiTest {

    private final Api api;
    String facility;

    EpisodeListApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void connect() {
        facility = "F-LIST-" + UUID.randomUUID();
    }

    @Test
    void listsAFacilitysEpisodesNewestAdmissionFirstWithTheirViewFields() {
        String oldest = api.admit("P-A", facility, "INPATIENT", "2026-03-01T10:00:00Z");
        String middle = api.admit("P-B", facility, "EMERGENCY", "2026-03-02T10:00:00Z");
        String newest = api.admit("P-A", facility, "OBSERVATION", "2026-03-03T10:00:00.500Z");
        Response last = api.post("/api/v1/episodes/" + middle + "/case-manager",
                "{\"caseManagerId\":\"CM-7\",\"effectiveAt\":\"2026-03-02T11:00:00Z\"}");

        JsonNode page = api.getAfter("/api/v1/episodes?facilityId=" + facility, last).json();

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(page.get("items").findValuesAsText("episodeId")).containsExactly(newest, middle, oldest);
        JsonNode summary = page.at("/items/1");
        assertThat(summary.get("patientId").asText()).isEqualTo("P-B");
        assertThat(summary.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(summary.get("patientClass").asText()).isEqualTo("EMERGENCY");
        assertThat(summary.get("caseManagerId").asText()).isEqualTo("CM-7");
        assertThat(summary.get("admittedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(summary.at("/classHistory/0/patientClass").asText()).isEqualTo("EMERGENCY");
        assertThat(summary.has("referrals")).isFalse();
    }

    @Test
    void filtersByStatusCaseManagerPatientAndAdmissionTime() {
        String discharged = api.admit("P-1", facility, "INPATIENT", "2026-04-01T10:00:00Z");
        api.post("/api/v1/episodes/" + discharged + "/discharge",
                "{\"disposition\":\"01\",\"dischargedAt\":\"2026-04-03T10:00:00Z\"}");
        String active = api.admit("P-2", facility, "INPATIENT", "2026-04-05T10:00:00Z");
        Response last = api.post("/api/v1/episodes/" + active + "/case-manager",
                "{\"caseManagerId\":\"CM-1\",\"effectiveAt\":\"2026-04-05T11:00:00Z\"}");
        String base = "/api/v1/episodes?facilityId=" + facility;

        assertThat(ids(api.getAfter(base + "&status=DISCHARGED", last))).containsExactly(discharged);
        assertThat(ids(api.getAfter(base + "&caseManagerId=CM-1", last))).containsExactly(active);
        assertThat(ids(api.getAfter(base + "&patientId=P-1", last))).containsExactly(discharged);
        assertThat(ids(api.getAfter(base + "&admittedFrom=2026-04-01T10:00:00Z&admittedTo=2026-04-05T10:00:00Z",
                last))).as("from included, to excluded").containsExactly(discharged);
    }

    @Test
    void pagesThroughTheList() {
        for (int day = 1; day <= 5; day++) {
            api.admit("P-" + day, facility, "INPATIENT", "2026-05-0" + day + "T10:00:00Z");
        }
        Response last = api.post("/api/v1/episodes", """
                {"patientId":"P-6","facilityId":"%s","patientClass":"INPATIENT","admittedAt":"2026-05-06T10:00:00Z"}
                """.formatted(facility));

        JsonNode second = api.getAfter("/api/v1/episodes?facilityId=" + facility + "&page=1&size=2", last).json();

        assertThat(second.get("total").asLong()).isEqualTo(6);
        assertThat(second.get("items").findValuesAsText("patientId")).containsExactly("P-4", "P-3");
    }

    @Test
    void answersCsvWithOneEpisodeALine() {
        String episode = api.admit("=P-CSV", facility, "INPATIENT", "2026-06-01T10:00:00Z");
        Response last = api.post("/api/v1/episodes/" + episode + "/transfers",
                "{\"toUnit\":\"4W\",\"effectiveAt\":\"2026-06-01T12:00:00Z\"}");
        Response csv = api.get("/api/v1/episodes?facilityId=" + facility, Map.of("Accept", "text/csv",
                "CareTrail-Position", last.header("CareTrail-Position").orElseThrow()));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("episodeId,patientId,facilityId,status");
        assertThat(csv.body()).contains(episode + ",\"'=P-CSV\"," + facility + ",ACTIVE,INPATIENT,2026-06-01T10:00:00Z");
    }

    @JsonOrCsvAccepts
    void negotiatesJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/episodes?facilityId=F-NOBODY", Negotiated.accept(accept)), status,
                contentType);
    }

    @Test
    void refusesAnInvertedAdmissionRangeAndAnUnknownStatusNamingTheField() {
        Response inverted = api.get("/api/v1/episodes?admittedFrom=2026-05-02T00:00:00Z&admittedTo=2026-05-01T00:00:00Z");
        Response unknown = api.get("/api/v1/episodes?status=ASLEEP");

        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body()).contains("admittedTo");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("status");
    }

    @Test
    void theListIsAccessLoggedWithThePatientsItShowed() {
        String patient = "P-LOGGED-" + UUID.randomUUID();
        String episode = api.admit(patient, facility, "INPATIENT", "2026-07-01T10:00:00Z");
        Response last = api.post("/api/v1/episodes/" + episode + "/transfers",
                "{\"toUnit\":\"4W\",\"effectiveAt\":\"2026-07-01T12:00:00Z\"}");
        Response list = api.as("quality").getAfter("/api/v1/episodes?facilityId=" + facility, last);
        assertThat(list.json().get("items").findValuesAsText("patientId")).containsExactly(patient);

        JsonNode log = api.get("/api/v1/access-log?patientId=" + patient + "&user=quality").json();

        assertThat(log.get("items").findValuesAsText("path")).contains("/api/v1/episodes?facilityId=" + facility);
    }

    private static java.util.List<String> ids(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").findValuesAsText("episodeId");
    }
}
