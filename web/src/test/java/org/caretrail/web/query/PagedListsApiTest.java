package org.caretrail.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's list endpoints (API contract, "Additions"): each is paged, answering {@code items}, {@code page},
 * {@code size} and {@code total} for the page and size asked, and answers CSV with {@code Accept: text/csv}.
 */
@ApiTest
class PagedListsApiTest {

    private final Api api;

    PagedListsApiTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/episodes?facilityId=F-PAGED",
            "/api/v1/audit?patientId=P-PAGED",
            "/api/v1/access-log?patientId=P-PAGED",
            "/api/v1/notifications?patientId=P-PAGED",
            "/api/v1/notification-recipients?",
            "/api/v1/readmissions/index-stays?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/readmissions/rates?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/clocks?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/worklist?facilityId=F-PAGED",
            "/api/v1/admin/hl7/messages?outcome=REJECTED",
            "/api/v1/admin/hl7/messages?"})
    void answersThePageAskedForWithItsSizeAndTheTotal(String path) {
        Response response = api.get(path + (path.endsWith("?") ? "" : "&") + "page=1&size=7");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("items").isArray()).as(page.toString()).isTrue();
        assertThat(page.get("page").asInt()).as(page.toString()).isEqualTo(1);
        assertThat(page.get("size").asInt()).as(page.toString()).isEqualTo(7);
        assertThat(page.get("total").isIntegralNumber()).as(page.toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/episodes?facilityId=F-PAGED",
            "/api/v1/audit?patientId=P-PAGED",
            "/api/v1/access-log?patientId=P-PAGED",
            "/api/v1/notifications?patientId=P-PAGED",
            "/api/v1/readmissions/index-stays?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/readmissions/rates?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/clocks?facilityId=F-PAGED&from=2026-03-01&to=2026-03-31",
            "/api/v1/compliance/worklist?facilityId=F-PAGED",
            "/api/v1/admin/hl7/messages?outcome=REJECTED"})
    void answersCsvWhenAskedTo(String path) {
        Response response = api.get(path, Map.of("Accept", "text/csv"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body().lines().findFirst()).as("header line").isPresent();
    }
    @Test
    void theWorklistComesAPageAtATimeSoonestDueFirstWithEachPagesRisksAndTheTotal() {
        String facility = "F-WORKLIST-PAGED-" + UUID.randomUUID();
        for (String admittedAt : List.of("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z")) {
            api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", admittedAt);
        }
        String episode = api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", "2026-03-02T13:00:00Z");
        Response last = api.post("/api/v1/episodes/" + episode + "/case-manager", """
                {"caseManagerId":"CM-PAGED","effectiveAt":"2026-03-02T14:00:00Z"}""");
        last.expectSuccess();
        String worklist = "/api/v1/compliance/worklist?facilityId=" + facility + "&asOf=2026-03-03T00:00:00Z";

        JsonNode whole = api.readAfter(worklist + "&size=500", last);
        JsonNode second = api.readAfter(worklist + "&page=1&size=3", last);
        JsonNode beyond = api.readAfter(worklist + "&page=40&size=3", last);
        String csv = api.get(worklist + "&page=1&size=3", Map.of("Accept", "text/csv",
                "CareTrail-Position", last.header("CareTrail-Position").orElseThrow())).body();

        long total = whole.get("total").asLong();
        assertThat(total).as(whole.toString()).isEqualTo(whole.get("items").size()).isGreaterThanOrEqualTo(6);
        assertThat(second.get("facilityId").asText()).isEqualTo(facility);
        assertThat(second.get("asOf").asText()).isEqualTo("2026-03-03T00:00:00Z");
        assertThat(second.get("total").asLong()).isEqualTo(total);
        // the second page is the whole list's fourth to sixth entries, risks included
        assertThat(second.get("items").toString()).isEqualTo(slice(whole.get("items"), 3, 6));
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(total);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith(",laceScore,laceBand");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.substring(0, line.indexOf(',')))
                .containsExactlyElementsOf(second.get("items").findValuesAsText("episodeId"));
    }

    @Test
    void theKeptHl7MessagesComeAPageAtATimeOldestFirstWithTheTotalAndAsCsv() {
        List<String> controlIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String controlId = "PAGED-" + UUID.randomUUID().toString().substring(0, 8);
            controlIds.add(controlId);
            Response sent = api.send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/hl7")))
                    .header("Content-Type", "application/hl7-v2")
                    .POST(HttpRequest.BodyPublishers.ofString(withoutVisitNumber(controlId))).build());
            assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        }
        String listing = "/api/v1/admin/hl7/messages?outcome=REJECTED";

        JsonNode whole = api.get(listing + "&size=1000").expect(200).json();
        long total = whole.get("total").asLong();
        JsonNode lastPage = api.get(listing + "&size=2&page=" + (total - 1) / 2).expect(200).json();
        String csv = api.get(listing + "&size=2&page=" + (total - 1) / 2, Map.of("Accept", "text/csv")).body();

        assertThat(whole.get("items").findValuesAsText("controlId")).as(whole.toString())
                .containsSubsequence(controlIds);
        assertThat(total).isEqualTo(whole.get("items").size());
        assertThat(whole.get("items").findValuesAsText("receivedAt").stream().map(Instant::parse).toList()).isSorted();
        assertThat(lastPage.get("total").asLong()).isEqualTo(total);
        assertThat(lastPage.get("items").toString())
                .isEqualTo(slice(whole.get("items"), (int) ((total - 1) / 2 * 2), (int) total));
        assertThat(lastPage.get("items").findValuesAsText("controlId")).contains(controlIds.get(3));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,controlId,").doesNotContain("raw");
        assertThat(csv).contains("," + controlIds.get(3) + ",").doesNotContain("MSH|");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/api/v1/compliance/worklist?facilityId=F-PAGED&size=0 size",
            "/api/v1/compliance/worklist?facilityId=F-PAGED&size=10001 size",
            "/api/v1/compliance/worklist?facilityId=F-PAGED&page=-1 page",
            "/api/v1/admin/hl7/messages?size=0 size",
            "/api/v1/admin/hl7/messages?size=1001 size",
            "/api/v1/admin/hl7/messages?outcome=REJECTED&page=-1 page"})
    void aPageOrSizeOutOfBoundsIsA400NamingIt(String pathAndParameter) {
        String[] parts = pathAndParameter.split(" ");
        Response response = api.get(parts[0]);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo(parts[1]);
    }

    private static String slice(JsonNode items, int from, int to) {
        List<JsonNode> all = new ArrayList<>();
        items.forEach(all::add);
        return JsonNodeFactory.instance.arrayNode().addAll(all.subList(from, Math.min(to, all.size()))).toString();
    }

    /** An admission without its visit number (PV1-19), which the feed refuses. */
    private static String withoutVisitNumber(String controlId) {
        return String.join("\r",
                "MSH|^~\\&|EPICADT|GHH|CARETRAIL|CARETRAIL|20260601140612||ADT^A01^ADT_A01|" + controlId
                        + "|P|2.5.1",
                "EVN|A01|20260601140610||||20260601140500",
                "PID|1||MRN-" + controlId + "^^^GHH^MR||DOE^JOHN||19480312|M",
                "PV1|1|I|4W^401^B^GHH||||1234^WELBY^MARCUS|||MED||||7|||1234^WELBY^MARCUS|IP|",
                "IN1|1|MCR^Medicare Part A|CMS|MEDICARE") + "\r";
    }
}
