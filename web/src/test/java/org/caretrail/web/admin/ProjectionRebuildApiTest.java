package org.caretrail.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class ProjectionRebuildApiTest {

    private final Api api;

    ProjectionRebuildApiTest(Api api) {
        this.api = api;
    }

    @Test
    void resettingTheEpisodeViewAndAuditTrailRebuildsThemToTheSameState() throws Exception {
        List<String> ids = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < 5; i++) {
            String id = api.admit("P-500", "F-1", "OBSERVATION", "2026-03-0" + (i + 1) + "T10:00:00Z");
            ids.add(id);
            api.post("/api/v1/episodes/" + id + "/class-changes", """
                    {"patientClass":"INPATIENT","effectiveAt":"2026-03-0%dT18:00:00Z"}""".formatted(i + 1));
            last = api.post("/api/v1/episodes/" + id + "/discharge", """
                    {"disposition":"01","dischargedAt":"2026-03-0%dT12:00:00Z"}""".formatted(i + 2));
        }
        Map<String, JsonNode> viewsBefore = read(api, ids, "", last);
        Map<String, JsonNode> trailsBefore = read(api, ids, "/audit", last);

        assertThat(api.post("/api/v1/admin/projections/episode-view/reset", "").status()).isEqualTo(202);
        assertThat(api.post("/api/v1/admin/projections/audit-trail/reset", "").status()).isEqualTo(202);
        Response afterReset = last;

        assertThat(eventually(() -> read(api, ids, "", afterReset))).isEqualTo(viewsBefore);
        assertThat(eventually(() -> read(api, ids, "/audit", afterReset))).isEqualTo(trailsBefore);
    }

    @Test
    void resettingAnUnknownProjectionIsA404() {
        assertThat(api.post("/api/v1/admin/projections/nothing/reset", "").status()).isEqualTo(404);
    }

    private static Map<String, JsonNode> read(Api api, List<String> ids, String suffix, Response after) {
        Map<String, JsonNode> result = new java.util.TreeMap<>();
        for (String id : ids) {
            Response response = api.getAfter("/api/v1/episodes/" + id + suffix, after);
            if (response.status() != 200) {
                return Map.of();
            }
            result.put(id, response.json());
        }
        return result;
    }

    private static Map<String, JsonNode> eventually(java.util.function.Supplier<Map<String, JsonNode>> read)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Map<String, JsonNode> last = read.get();
        while (last.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = read.get();
        }
        return last;
    }
}
