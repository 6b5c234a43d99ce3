package org.caretrail.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.JsonOrCsvAccepts;
import org.caretrail.web.testing.Negotiated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The clocks behind each compliance report cell, and the worklist as CSV, over HTTP. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one data set for every test: each reads it only
class ClockListApiTest {

    private static final String AS_OF = "2026-07-20T12:00:00Z";

    private final Api api;
    String facility;
    String met;
    String missed;
    Response last;

    ClockListApiTest(Api api) {
        this.api = api;
    }

    @BeforeAll
    void seed() {
        facility = "F-CLOCKS-" + UUID.randomUUID();
        met = api.admit("P-MET", facility, "INPATIENT", "2026-07-01T15:00:00Z");
        api.post("/api/v1/episodes/" + met + "/notices",
                "{\"notice\":\"IMM\",\"outcome\":\"SIGNED\",\"deliveredAt\":\"2026-07-01T18:00:00Z\"}");
        api.discharge(met, "2026-07-03T16:00:00Z", "01");
        missed = api.admit("P-MISSED", facility, "INPATIENT", "2026-07-02T15:00:00Z");
        last = api.discharge(missed, "2026-07-06T16:00:00Z", "01");
    }

    @Test
    void everyReportCellOpensToExactlyTheClocksItCounts() {
        String period = "facilityId=" + facility + "&from=2026-07-01&to=2026-07-31&asOf=" + AS_OF;
        JsonNode report = read("/api/v1/compliance/report?" + period);
        assertThat(report.get("counts")).isNotEmpty();

        for (JsonNode cell : report.get("counts")) {
            String month = cell.hasNonNull("month") ? cell.get("month").asText() : null;
            JsonNode clocks = read("/api/v1/compliance/clocks?" + period + "&clock=" + cell.get("clock").asText()
                    + "&status=" + cell.get("status").asText() + "&size=500");
            long inMonth = 0;
            for (JsonNode clock : clocks.get("items")) {
                String due = clock.hasNonNull("due") ? clock.get("due").asText().substring(0, 7) : null;
                if (java.util.Objects.equals(due, month)) {
                    inMonth++;
                }
                assertThat(clock.get("facilityId").asText()).isEqualTo(facility);
            }
            assertThat(inMonth).as(cell.toString()).isEqualTo(cell.get("count").asLong());
        }
    }

    @Test
    void aClockShowsItsEpisodePatientDueAndMetTime() {
        JsonNode imm = read("/api/v1/compliance/clocks?facilityId=" + facility
                + "&clock=IMM_INITIAL&from=2026-07-01&to=2026-07-31&asOf=" + AS_OF);

        assertThat(imm.get("total").asLong()).isEqualTo(2);
        JsonNode first = imm.at("/items/0");
        assertThat(first.get("episodeId").asText()).isEqualTo(met);
        assertThat(first.get("patientId").asText()).isEqualTo("P-MET");
        assertThat(first.get("status").asText()).isEqualTo("MET");
        assertThat(first.get("metAt").asText()).isEqualTo("2026-07-01T18:00:00Z");
        assertThat(first.get("due").asText()).isEqualTo("2026-07-03T23:59:59.999999999Z");
        assertThat(imm.at("/items/1/episodeId").asText()).isEqualTo(missed);
        assertThat(imm.at("/items/1/status").asText()).isEqualTo("MISSED");
    }

    @Test
    void theClocksPageAndAnswerCsv() {
        JsonNode second = read("/api/v1/compliance/clocks?facilityId=" + facility
                + "&clock=IMM_INITIAL&from=2026-07-01&to=2026-07-31&size=1&page=1&asOf=" + AS_OF);
        Response csv = api.get("/api/v1/compliance/clocks?facilityId=" + facility
                + "&clock=IMM_INITIAL&status=MISSED&from=2026-07-01&to=2026-07-31&asOf=" + AS_OF, Map.of(
                "Accept", "text/csv", "CareTrail-Position", last.header("CareTrail-Position").orElseThrow()));

        assertThat(second.get("items").findValuesAsText("episodeId")).containsExactly(missed);
        assertThat(csv.body()).isEqualTo("episodeId,patientId,facilityId,clock,referralId,status,due,metAt\r\n"
                + missed + ",P-MISSED," + facility + ",IMM_INITIAL,,MISSED,2026-07-04T23:59:59.999999999Z,\r\n");
    }

    @Test
    void theWorklistAnswersCsv() {
        String episode = api.admit("P-OPEN", facility, "INPATIENT", "2026-08-01T15:00:00Z");
        Response admitted = api.post("/api/v1/episodes/" + episode + "/transfers",
                "{\"toUnit\":\"4W\",\"effectiveAt\":\"2026-08-01T16:00:00Z\"}");

        Response csv = api.get("/api/v1/compliance/worklist?facilityId=" + facility + "&asOf=2026-08-02T12:00:00Z",
                Map.of("Accept", "text/csv", "CareTrail-Position", admitted.header("CareTrail-Position").orElseThrow()));

        assertThat(csv.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("episodeId,patientId,clock,referralId,status,due,laceScore,laceBand\r\n")
                .contains(episode + ",P-OPEN,IMM_INITIAL,,OPEN,2026-08-03T23:59:59.999999999Z,");
    }

    @JsonOrCsvAccepts
    void theClocksNegotiateJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/compliance/clocks?facilityId=F-NOBODY&from=2026-01-01&to=2026-01-31",
                Negotiated.accept(accept)), status, contentType);
    }

    @JsonOrCsvAccepts
    void theWorklistNegotiatesJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/compliance/worklist?facilityId=F-NOBODY",
                Negotiated.accept(accept)), status, contentType);
    }

    @Test
    void unknownClocksAndStatusesAreRefusedNamingTheParameter() {
        Response clock = api.get("/api/v1/compliance/clocks?from=2026-01-01&to=2026-01-31&clock=LUNCH");
        Response status = api.get("/api/v1/compliance/clocks?from=2026-01-01&to=2026-01-31&status=FINE");

        assertThat(clock.status()).isEqualTo(400);
        assertThat(clock.body()).contains("clock");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body()).contains("status");
    }

    private JsonNode read(String path) {
        Response response = api.getAfter(path, last);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
