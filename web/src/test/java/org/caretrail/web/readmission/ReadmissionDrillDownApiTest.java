package org.caretrail.web.readmission;

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

/** The rate per month and the index stays behind it, over HTTP, matching the rate of the whole period. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one data set for every test: each reads it only
class ReadmissionDrillDownApiTest {

    private static final String AS_OF = "2026-06-10T00:00:00Z";

    private final Api api;
    String facility;
    String indexStay;
    String readmission;
    String aprilStay;
    String pendingStay;
    Response last;

    ReadmissionDrillDownApiTest(Api api) {
        this.api = api;
    }

    @BeforeAll
    void seed() {
        facility = "F-DRILL-" + UUID.randomUUID();
        String patientA = "P-A-" + UUID.randomUUID();
        indexStay = api.admit(patientA, facility, "INPATIENT", "2026-03-01T10:00:00Z");
        api.discharge(indexStay, "2026-03-05T10:00:00Z", "01");
        readmission = api.admit(patientA, facility, "INPATIENT", "2026-03-20T10:00:00Z");
        api.discharge(readmission, "2026-03-25T10:00:00Z", "01");
        aprilStay = api.admit("P-B-" + UUID.randomUUID(), facility, "INPATIENT", "2026-04-01T10:00:00Z");
        api.discharge(aprilStay, "2026-04-04T10:00:00Z", "01");
        pendingStay = api.admit("P-C-" + UUID.randomUUID(), facility, "INPATIENT", "2026-05-25T10:00:00Z");
        last = api.discharge(pendingStay, "2026-05-28T10:00:00Z", "01");
    }

    @Test
    void theSeriesListsEveryMonthOfThePeriodWithItsCounts() {
        JsonNode series = read("/api/v1/readmissions/rates?measure=ACUTE_30&facilityId=" + facility
                + "&from=2026-03-01&to=2026-06-30&asOf=" + AS_OF);

        assertThat(series.get("total").asLong()).isEqualTo(4);
        assertThat(series.get("items").findValuesAsText("month")).containsExactly("2026-03", "2026-04", "2026-05",
                "2026-06");
        assertThat(month(series, 0)).isEqualTo("1 1 0 0.5");
        assertThat(month(series, 1)).isEqualTo("0 1 0 0.0");
        assertThat(month(series, 2)).isEqualTo("0 0 1 null");
        assertThat(month(series, 3)).isEqualTo("0 0 0 null");
    }

    @Test
    void theMonthsAddUpToTheRateOfThePeriod() {
        JsonNode rate = read("/api/v1/readmissions/rate?measure=ACUTE_30&facilityId=" + facility
                + "&from=2026-03-01&to=2026-06-30&asOf=" + AS_OF);
        JsonNode series = read("/api/v1/readmissions/rates?measure=ACUTE_30&facilityId=" + facility
                + "&from=2026-03-01&to=2026-06-30&asOf=" + AS_OF);

        for (String field : new String[] {"readmitted", "notReadmitted", "pending"}) {
            long sum = 0;
            for (JsonNode month : series.get("items")) {
                sum += month.get(field).asLong();
            }
            assertThat(sum).as(field).isEqualTo(rate.get(field).asLong());
        }
    }

    @Test
    void aMonthsIndexStaysAreThoseItCountedWithTheirReadmission() {
        JsonNode march = read("/api/v1/readmissions/index-stays?measure=ACUTE_30&facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&asOf=" + AS_OF);

        assertThat(march.get("total").asLong()).isEqualTo(2);
        assertThat(march.get("items").findValuesAsText("episodeId")).containsExactly(readmission, indexStay);
        JsonNode index = march.at("/items/1");
        assertThat(index.get("outcome").asText()).isEqualTo("READMITTED");
        assertThat(index.get("readmissionEpisodeId").asText()).isEqualTo(readmission);
        assertThat(index.get("daysToReadmission").asInt()).isEqualTo(15);
        assertThat(index.get("dischargedAt").asText()).isEqualTo("2026-03-05T10:00:00Z");
        assertThat(index.get("disposition").asText()).isEqualTo("01");
        assertThat(index.get("facilityId").asText()).isEqualTo(facility);
        assertThat(index.get("patientId").asText()).startsWith("P-A-");
    }

    @Test
    void theIndexStaysNarrowToOneOutcomeAndPage() {
        String period = "&facilityId=" + facility + "&from=2026-03-01&to=2026-06-30&asOf=" + AS_OF;

        JsonNode pending = read("/api/v1/readmissions/index-stays?outcome=PENDING" + period);
        JsonNode notReadmitted = read("/api/v1/readmissions/index-stays?outcome=NOT_READMITTED&size=1&page=1" + period);

        assertThat(pending.get("items").findValuesAsText("episodeId")).containsExactly(pendingStay);
        assertThat(notReadmitted.get("total").asLong()).isEqualTo(2);
        assertThat(notReadmitted.get("items").findValuesAsText("episodeId")).containsExactly(readmission);
    }

    @Test
    void theSeriesAndTheStaysAnswerCsv() {
        Map<String, String> csv = Map.of("Accept", "text/csv",
                "CareTrail-Position", last.header("CareTrail-Position").orElseThrow());
        Response series = api.get("/api/v1/readmissions/rates?facilityId=" + facility
                + "&from=2026-03-01&to=2026-04-30&asOf=" + AS_OF, csv);
        Response stays = api.get("/api/v1/readmissions/index-stays?outcome=READMITTED&facilityId=" + facility
                + "&from=2026-03-01&to=2026-04-30&asOf=" + AS_OF, csv);

        assertThat(series.body()).isEqualTo("month,readmitted,notReadmitted,pending,rate\r\n"
                + "2026-03,1,1,0,0.5\r\n2026-04,0,1,0,0.0\r\n");
        assertThat(stays.body().lines().toList()).hasSize(2);
        assertThat(stays.body()).contains(indexStay + ",").contains(",2026-03-05T10:00:00Z,01,READMITTED,"
                + readmission + ",15");
    }

    @JsonOrCsvAccepts
    void theSeriesNegotiatesJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/readmissions/rates?facilityId=F-NOBODY&from=2026-01-01&to=2026-01-31",
                Negotiated.accept(accept)), status, contentType);
    }

    @JsonOrCsvAccepts
    void theIndexStaysNegotiateJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/readmissions/index-stays?facilityId=F-NOBODY&from=2026-01-01"
                + "&to=2026-01-31", Negotiated.accept(accept)), status, contentType);
    }

    @Test
    void badPeriodsAndOutcomesAreRefusedNamingTheField() {
        Response inverted = api.get("/api/v1/readmissions/rates?from=2026-03-01&to=2026-02-01");
        Response missing = api.get("/api/v1/readmissions/index-stays?from=2026-03-01");
        Response outcome = api.get("/api/v1/readmissions/index-stays?from=2026-03-01&to=2026-03-31&outcome=MAYBE");

        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body()).contains("\"to\"");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("to");
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.body()).contains("outcome");
    }

    private JsonNode read(String path) {
        Response response = api.getAfter(path, last);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String month(JsonNode series, int index) {
        JsonNode month = series.at("/items/" + index);
        return month.get("readmitted").asLong() + " " + month.get("notReadmitted").asLong() + " "
                + month.get("pending").asLong() + " " + (month.hasNonNull("rate") ? month.get("rate").asText() : "null");
    }
}
