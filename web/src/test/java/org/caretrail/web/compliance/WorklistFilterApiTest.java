package org.caretrail.web.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worklist over HTTP narrowed to one clock and to one case manager's episodes, paged and counted as narrowed. */
@ApiTest
class WorklistFilterApiTest {

    /** Thursday noon: Monday's first IMM is overdue (due by the end of Wednesday), Tuesday's is not yet. */
    private static final String AS_OF = "2026-05-07T12:00:00Z";

    private final Api api;
    String facility;
    String annsMonday;
    String annsTuesday;
    String bobs;
    String nobodys;
    Response last;

    WorklistFilterApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void seed() {
        facility = "F-WL-" + UUID.randomUUID();
        annsMonday = api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", "2026-05-04T10:00:00Z");
        annsTuesday = api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", "2026-05-05T10:00:00Z");
        bobs = api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", "2026-05-04T11:00:00Z");
        nobodys = api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", "2026-05-04T12:00:00Z");
        assign(annsMonday, "CM-ANN", "2026-05-04T10:30:00Z");
        // Bob's first, then handed to Ann: Ann's now
        assign(annsTuesday, "CM-BOB", "2026-05-05T10:30:00Z");
        assign(annsTuesday, "CM-ANN", "2026-05-05T11:00:00Z");
        last = assign(bobs, "CM-BOB", "2026-05-04T11:30:00Z");
    }

    @Test
    void aCaseManagerAsksForTheirOwnEpisodesClocksOnePageAtATime() {
        // clocks due at the same instant (or with no due) follow in episode id order
        List<String> annsFollowUps = byId(annsMonday, annsTuesday).stream()
                .map(id -> id + " IMM_FOLLOW_UP OPEN").toList();
        JsonNode anns = read("caseManagerId=CM-ANN");
        assertThat(rows(anns)).containsExactly(
                annsMonday + " IMM_INITIAL OVERDUE",
                annsTuesday + " IMM_INITIAL OPEN",
                annsFollowUps.get(0),
                annsFollowUps.get(1));
        assertThat(anns.get("total").asLong()).isEqualTo(4);

        JsonNode second = read("caseManagerId=CM-ANN&size=3&page=1");
        assertThat(rows(second)).containsExactly(annsFollowUps.get(1));
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("page").asInt()).isEqualTo(1);

        assertThat(rows(read("caseManagerId=CM-BOB"))).containsExactly(bobs + " IMM_INITIAL OVERDUE",
                bobs + " IMM_FOLLOW_UP OPEN");
        assertThat(read("caseManagerId=CM-NOBODY").get("total").asLong()).isZero();
        assertThat(read("caseManagerId=").get("total").asLong()).as("blank: every case manager").isEqualTo(8);
    }

    @Test
    void oneClockAloneAndTogetherWithACaseManager() {
        List<String> overdue = byId(annsMonday, bobs, nobodys).stream().map(id -> id + " IMM_INITIAL OVERDUE")
                .toList();
        JsonNode overdueFirst = read("clock=IMM_INITIAL");
        assertThat(rows(overdueFirst)).containsExactly(overdue.get(0), overdue.get(1), overdue.get(2),
                annsTuesday + " IMM_INITIAL OPEN");
        assertThat(overdueFirst.get("total").asLong()).isEqualTo(4);

        JsonNode both = read("clock=IMM_FOLLOW_UP&caseManagerId=CM-ANN&size=1");
        assertThat(rows(both)).containsExactly(byId(annsMonday, annsTuesday).get(0) + " IMM_FOLLOW_UP OPEN");
        assertThat(both.get("total").asLong()).isEqualTo(2);
        assertThat(read("clock=TCM_CONTACT").get("items")).isEmpty();
    }

    @Test
    void theCsvHoldsTheNarrowedClocks() {
        Response csv = api.get(path("clock=IMM_INITIAL&caseManagerId=CM-ANN"), Map.of("Accept", "text/csv",
                "CareTrail-Position", last.header("CareTrail-Position").orElseThrow()));

        assertThat(csv.status()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(annsMonday + ",").contains(",IMM_INITIAL,,OVERDUE,");
        assertThat(lines.get(2)).startsWith(annsTuesday + ",").contains(",IMM_INITIAL,,OPEN,");
    }

    @Test
    void anUnknownClockIsRefusedNamingTheParameter() {
        Response refused = api.get("/api/v1/compliance/worklist?facilityId=" + facility + "&clock=LUNCH");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("clock");
        assertThat(refused.body()).contains("IMM_INITIAL");
    }

    @Test
    void aRebuiltReadModelKnowsEachEpisodesCaseManager() {
        List<String> queries = List.of("caseManagerId=CM-ANN", "caseManagerId=CM-BOB&clock=IMM_INITIAL");
        List<JsonNode> built = queries.stream().map(this::read).toList();

        assertThat(api.post("/api/v1/admin/projections/compliance/reset", "").status()).isEqualTo(202);

        assertThat(queries.stream().map(this::read).toList()).isEqualTo(built);
    }

    private Response assign(String episodeId, String caseManagerId, String at) {
        return api.post("/api/v1/episodes/" + episodeId + "/case-manager", """
                {"caseManagerId":"%s","effectiveAt":"%s"}""".formatted(caseManagerId, at)).expectSuccess();
    }

    private String path(String filters) {
        return "/api/v1/compliance/worklist?facilityId=" + facility + "&asOf=" + AS_OF + "&" + filters;
    }

    private JsonNode read(String filters) {
        Response response = api.getAfter(path(filters), last);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> byId(String... episodeIds) {
        return Arrays.stream(episodeIds).sorted().toList();
    }

    private static List<String> rows(JsonNode worklist) {
        List<String> rows = new ArrayList<>();
        worklist.get("items").forEach(item -> rows.add(item.get("episodeId").asText() + " "
                + item.get("clock").asText() + " " + item.get("status").asText()));
        return rows;
    }
}
