package org.caretrail.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.JsonOrCsvAccepts;
import org.caretrail.web.testing.Negotiated;
import org.junit.jupiter.api.Test;

@ApiTest
class ComplianceApiTest {

    private final Api api;

    ComplianceApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aCaseManagerSeesAnEpisodesClocksAndTheFacilityWorklistAsOfAnyInstant() {
        String id = api.admit("P-500", "F-CHI", "INPATIENT", "2026-07-01T15:00:00Z");
        String base = "/api/v1/episodes/" + id;
        Response referral = api.post(base + "/referrals", """
                {"serviceType":"HOME_HEALTH","providerId":"HH-1","effectiveAt":"2026-07-01T18:00:00Z"}""");
        referral.expectSuccess();
        String referralId = referral.json().get("referralId").asText();

        JsonNode before = api.getAfter(base + "/compliance?asOf=2026-07-01T14:00:00Z", referral).json();
        assertThat(before.get("clocks")).hasSize(7)
                .allSatisfy(clock -> assertThat(clock.get("status").asText()).isEqualTo("NOT_APPLICABLE"));

        JsonNode during = api.getAfter(base + "/compliance?asOf=2026-07-02T12:00:00Z", referral).json();
        assertThat(statuses(during)).containsExactly("IMM_INITIAL OPEN", "IMM_FOLLOW_UP OPEN",
                "MOON NOT_APPLICABLE", "TCM_CONTACT NOT_APPLICABLE", "OBSERVATION_48H NOT_APPLICABLE",
                "REFERRAL_RESPONSE OPEN", "POST_ACUTE_CHOICE MISSED");
        // the end of the second calendar day after the inpatient start, in Chicago
        assertThat(clock(during, "IMM_INITIAL").get("due").asText()).isEqualTo("2026-07-04T04:59:59.999999999Z");
        assertThat(clock(during, "REFERRAL_RESPONSE").get("referralId").asText()).isEqualTo(referralId);
        assertThat(clock(during, "IMM_FOLLOW_UP").has("due")).isFalse();

        JsonNode worklist = api.getAfter("/api/v1/compliance/worklist?facilityId=F-CHI&asOf=2026-07-02T12:00:00Z",
                referral).json();
        assertThat(itemsOf(worklist, id)).containsExactly(
                "REFERRAL_RESPONSE OPEN 2026-07-03T18:00:00Z",
                "IMM_INITIAL OPEN 2026-07-04T04:59:59.999999999Z",
                "IMM_FOLLOW_UP OPEN null");

        api.post(base + "/notices", """
                {"notice":"IMM","outcome":"SIGNED","deliveredAt":"2026-07-02T14:00:00Z"}""").expectSuccess();
        Response discharged = api.post(base + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-07-02T16:00:00Z"}""");
        discharged.expectSuccess();

        JsonNode after = api.getAfter(base + "/compliance?asOf=2026-07-06T12:00:00Z", discharged).json();
        assertThat(statuses(after)).containsExactly("IMM_INITIAL MET", "IMM_FOLLOW_UP NOT_APPLICABLE",
                "MOON NOT_APPLICABLE", "TCM_CONTACT OPEN", "OBSERVATION_48H NOT_APPLICABLE", "REFERRAL_RESPONSE OVERDUE",
                "POST_ACUTE_CHOICE MISSED");
        assertThat(clock(after, "IMM_INITIAL").get("metAt").asText()).isEqualTo("2026-07-02T14:00:00Z");
        // Friday 3 July is a holiday at F-CHI: the second business day after Thursday's discharge is Tuesday
        assertThat(clock(after, "TCM_CONTACT").get("due").asText()).isEqualTo("2026-07-08T04:59:59.999999999Z");
        JsonNode worklistLater = api.getAfter(
                "/api/v1/compliance/worklist?facilityId=F-CHI&asOf=2026-07-06T12:00:00Z", discharged).json();
        assertThat(itemsOf(worklistLater, id)).containsExactly(
                "REFERRAL_RESPONSE OVERDUE 2026-07-03T18:00:00Z",
                "TCM_CONTACT OPEN 2026-07-08T04:59:59.999999999Z");
        assertThat(worklistLater.at("/items/0/patientId").asText()).isNotBlank();
    }

    @Test
    void anObservationStayTurnedInpatientAtHour30OwesTheMoonByTheChange() {
        String id = api.admit("P-501", "F-NY", "OBSERVATION", "2026-03-02T10:00:00Z");
        Response changed = api.post("/api/v1/episodes/" + id + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-03-03T16:00:00Z"}""");
        changed.expectSuccess();

        JsonNode open = api.getAfter("/api/v1/episodes/" + id + "/compliance?asOf=2026-03-03T12:00:00Z", changed)
                .json();
        assertThat(clock(open, "MOON").get("status").asText()).isEqualTo("OPEN");
        assertThat(clock(open, "MOON").get("due").asText()).isEqualTo("2026-03-03T22:00:00Z");

        JsonNode missed = api.getAfter("/api/v1/episodes/" + id + "/compliance?asOf=2026-03-03T17:00:00Z", changed)
                .json();
        assertThat(clock(missed, "MOON").get("status").asText()).isEqualTo("MISSED");
        assertThat(clock(missed, "MOON").get("due").asText()).isEqualTo("2026-03-03T16:00:00Z");
        // inpatient from 11:00 on 3 March in New York: due at the end of 5 March there
        assertThat(clock(missed, "IMM_INITIAL").get("due").asText()).isEqualTo("2026-03-06T04:59:59.999999999Z");
    }

    @Test
    void aLongObservationStayIsOverdueOnTheWorklistAtHour49AndMetLateWhenAdmitted() {
        String facility = "F-OBS-" + UUID.randomUUID();
        String id = admit(facility, "OBSERVATION", "2026-03-02T10:00:00Z");
        Response changed = api.post("/api/v1/episodes/" + id + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-03-04T12:00:00Z"}""");
        changed.expectSuccess();

        JsonNode at47 = api.getAfter("/api/v1/episodes/" + id + "/compliance?asOf=2026-03-04T09:00:00Z", changed).json();
        assertThat(clock(at47, "OBSERVATION_48H").get("status").asText()).isEqualTo("OPEN");
        assertThat(clock(at47, "OBSERVATION_48H").get("periodStart").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(clock(at47, "OBSERVATION_48H").get("due").asText()).isEqualTo("2026-03-04T10:00:00Z");
        // the MOON is owed too, and with no notice past its due it is overdue while the period goes on
        assertThat(clock(at47, "MOON").get("status").asText()).isEqualTo("OVERDUE");

        JsonNode worklist = api.getAfter("/api/v1/compliance/worklist?facilityId=" + facility
                + "&asOf=2026-03-04T11:00:00Z", changed).json();
        assertThat(itemsOf(worklist, id)).contains("OBSERVATION_48H OVERDUE 2026-03-04T10:00:00Z");
        assertThat(worklist.at("/items").findValuesAsText("periodStart")).contains("2026-03-02T10:00:00Z");

        JsonNode later = api.getAfter("/api/v1/episodes/" + id + "/compliance?asOf=2026-03-05T00:00:00Z", changed).json();
        assertThat(clock(later, "OBSERVATION_48H").get("status").asText()).isEqualTo("MET_LATE");
        assertThat(clock(later, "OBSERVATION_48H").get("metAt").asText()).isEqualTo("2026-03-04T12:00:00Z");
    }

    @Test
    void anUnknownEpisodeHasNoComplianceAndBadParametersAreNamed() {
        Response unknown = api.get("/api/v1/episodes/E-nobody/compliance");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        Response noFacility = api.get("/api/v1/compliance/worklist");
        assertThat(noFacility.status()).isEqualTo(400);
        assertThat(noFacility.json().at("/errors/0/field").asText()).isEqualTo("facilityId");

        Response badAsOf = api.get("/api/v1/compliance/worklist?facilityId=F-NY&asOf=yesterday");
        assertThat(badAsOf.status()).isEqualTo(400);
        assertThat(badAsOf.json().at("/errors/0/field").asText()).isEqualTo("asOf");

        Response backwards = api.get("/api/v1/compliance/report?from=2026-03-31&to=2026-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().at("/errors/0/field").asText()).isEqualTo("to");
    }

    @Test
    void anAuditorGetsTheMonthlyReportAsJsonAndAsCsv() {
        String facility = "F-REPORT-" + UUID.randomUUID();
        String id = admit(facility, "INPATIENT", "2026-03-02T10:00:00Z");
        String base = "/api/v1/episodes/" + id;
        api.post(base + "/notices", """
                {"notice":"IMM","outcome":"REFUSED","deliveredAt":"2026-03-03T09:00:00Z"}""").expectSuccess();
        api.post(base + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-05T10:00:00Z"}""").expectSuccess();
        Response contacted = api.post(base + "/follow-ups", """
                {"contactedAt":"2026-03-06T10:00:00Z","successful":true}""");
        contacted.expectSuccess();
        String path = "/api/v1/compliance/report?facilityId=" + facility + "&from=2026-03-01&to=2026-03-31";
        String position = contacted.header("CareTrail-Position").orElseThrow();

        Response json = api.get(path, Map.of("CareTrail-Position", position));
        assertThat(json.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        json.json().get("counts").forEach(count -> rows.add(count.get("clock").asText() + " "
                + count.path("month").asText("-") + " " + count.get("status").asText() + " "
                + count.get("count").asLong()));
        assertThat(rows).containsExactly("IMM_INITIAL 2026-03 MET 1", "IMM_FOLLOW_UP - NOT_APPLICABLE 1",
                "MOON - NOT_APPLICABLE 1", "TCM_CONTACT 2026-03 MET 1", "OBSERVATION_48H - NOT_APPLICABLE 1");

        Response csv = api.get(path, Map.of("CareTrail-Position", position, "Accept", "text/csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().split("\r\n")).containsExactly(
                "facilityId,clock,month,status,count",
                facility + ",IMM_INITIAL,2026-03,MET,1",
                facility + ",IMM_FOLLOW_UP,,NOT_APPLICABLE,1",
                facility + ",MOON,,NOT_APPLICABLE,1",
                facility + ",TCM_CONTACT,2026-03,MET,1",
                facility + ",OBSERVATION_48H,,NOT_APPLICABLE,1");

        Response april = api.get(path.replace("2026-03-01", "2026-04-01").replace("2026-03-31", "2026-04-30"));
        assertThat(april.json().get("counts")).isEmpty();
    }

    @JsonOrCsvAccepts
    void theReportAnswersJsonOrCsvAsTheAcceptHeaderAsksAndRefusesAnythingElse(String accept, int status,
                                                                             String contentType) {
        Response response = api.get("/api/v1/compliance/report?facilityId=F-NOBODY&from=2026-03-01&to=2026-03-31",
                Negotiated.accept(accept));

        Negotiated.assertAnswered(response, status, contentType);
    }

    @Test
    void rebuildingTheProjectionGivesTheSameAnswers() {
        String facility = "F-REBUILD-" + UUID.randomUUID();
        String first = admit(facility, "INPATIENT", "2026-03-02T10:00:00Z");
        String second = admit(facility, "OBSERVATION", "2026-03-03T10:00:00Z");
        api.post("/api/v1/episodes/" + first + "/referrals", """
                {"referralId":"R-9","serviceType":"SNF","providerId":"SNF-1","effectiveAt":"2026-03-02T12:00:00Z"}""").expectSuccess();
        api.post("/api/v1/episodes/" + second + "/discharge", """
                {"disposition":"06","dischargedAt":"2026-03-05T10:00:00Z"}""").expectSuccess();
        Response last = api.post("/api/v1/episodes/" + second + "/follow-ups", """
                {"contactedAt":"2026-03-06T10:00:00Z","successful":false}""");
        last.expectSuccess();
        List<String> paths = List.of(
                "/api/v1/compliance/worklist?facilityId=" + facility + "&asOf=2026-03-04T00:00:00Z",
                "/api/v1/compliance/worklist?facilityId=" + facility + "&asOf=2026-03-09T00:00:00Z",
                "/api/v1/episodes/" + first + "/compliance?asOf=2026-03-09T00:00:00Z",
                "/api/v1/episodes/" + second + "/compliance?asOf=2026-03-04T00:00:00Z",
                "/api/v1/compliance/report?facilityId=" + facility + "&from=2026-03-01&to=2026-03-31"
                        + "&asOf=2026-04-01T00:00:00Z");
        List<JsonNode> built = paths.stream().map(path -> api.getAfter(path, last).json()).toList();
        assertThat(built.get(0).get("items")).isNotEmpty();

        Response reset = api.post("/api/v1/admin/projections/compliance/reset", "");
        assertThat(reset.status()).isEqualTo(202);

        List<JsonNode> rebuilt = paths.stream().map(path -> api.getAfter(path, last).json()).toList();
        assertThat(rebuilt).isEqualTo(built);
    }

    private String admit(String facilityId, String patientClass, String admittedAt) {
        return api.admit("P-" + UUID.randomUUID(), facilityId, patientClass, admittedAt);
    }

    private static List<String> statuses(JsonNode compliance) {
        List<String> statuses = new ArrayList<>();
        compliance.get("clocks").forEach(clock -> statuses.add(clock.get("clock").asText() + " "
                + clock.get("status").asText()));
        return statuses;
    }

    private static JsonNode clock(JsonNode compliance, String name) {
        for (JsonNode clock : compliance.get("clocks")) {
            if (clock.get("clock").asText().equals(name)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + name + " in " + compliance);
    }

    private static List<String> itemsOf(JsonNode worklist, String episodeId) {
        List<String> items = new ArrayList<>();
        worklist.get("items").forEach(item -> {
            if (item.get("episodeId").asText().equals(episodeId)) {
                items.add(item.get("clock").asText() + " " + item.get("status").asText() + " "
                        + item.path("due").asText("null"));
            }
        });
        return items;
    }
}
