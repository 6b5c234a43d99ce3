package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A discharge sent without its disposition (API contract: "absent: not known yet"; MEASURES.md "Discharge
 * dispositions") is recorded, shows as {@code dispositionUnknown: true} with no {@code disposition}, is no index stay
 * and leaves {@code TCM_CONTACT} open with no due, until a recorded disposition completes it.
 */
@ApiTest
class DischargeWithoutDispositionApiTest {

    private final Api api;

    DischargeWithoutDispositionApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aDischargeWithoutDispositionIsRecordedAsNotKnownYetUntilOneIsRecorded() {
        String patient = "P-" + UUID.randomUUID();
        String facility = "F-" + UUID.randomUUID();
        String id = api.admit(patient, facility, "INPATIENT", "2026-03-02T10:00:00Z");
        String base = "/api/v1/episodes/" + id;

        Response discharged = api.post(base + "/discharge", """
                {"dischargedAt":"2026-03-04T14:00:00Z"}""");

        assertThat(discharged.status()).as(discharged.toString()).isEqualTo(200);
        JsonNode episode = api.readAfter(base, discharged);
        assertThat(episode.get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(episode.has("disposition")).as(episode.toString()).isFalse();
        assertThat(episode.path("dispositionUnknown").asBoolean(false)).as(episode.toString()).isTrue();
        JsonNode listed = api.readAfter("/api/v1/episodes?facilityId=" + facility, discharged).at("/items/0");
        assertThat(listed.path("dispositionUnknown").asBoolean(false)).as(listed.toString()).isTrue();
        assertThat(listed.has("disposition")).as(listed.toString()).isFalse();
        JsonNode stay = api.readAfter("/api/v1/patients/" + patient + "/timeline", discharged).at("/stays/0");
        assertThat(stay.get("indexStay").asBoolean()).isFalse();
        assertThat(stay.get("exclusionReason").asText()).isEqualTo("DISPOSITION_UNKNOWN");
        JsonNode tcm = tcm(api.readAfter(base + "/compliance?asOf=2026-03-11T10:00:00Z", discharged));
        assertThat(tcm.get("status").asText()).isEqualTo("OPEN");
        assertThat(tcm.has("due")).as(tcm.toString()).isFalse();

        Response completed = api.post(base + "/disposition", """
                {"disposition":"01","effectiveAt":"2026-03-05T09:00:00Z"}""");

        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        JsonNode after = api.readAfter(base, completed);
        assertThat(after.get("disposition").asText()).isEqualTo("01");
        assertThat(after.has("dispositionUnknown")).as(after.toString()).isFalse();
        JsonNode listedAfter = api.readAfter("/api/v1/episodes?facilityId=" + facility, completed).at("/items/0");
        assertThat(listedAfter.get("disposition").asText()).isEqualTo("01");
        assertThat(listedAfter.has("dispositionUnknown")).as(listedAfter.toString()).isFalse();
        JsonNode due = tcm(api.readAfter(base + "/compliance?asOf=2026-03-11T10:00:00Z", completed));
        assertThat(due.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(due.get("due").asText()).isEqualTo("2026-03-06T23:59:59.999999999Z");
    }

    @Test
    void anEpisodeWithAKnownDispositionSaysNothingOfAnUnknownOne() {
        String id = api.admit("P-" + UUID.randomUUID(), "F-1", "INPATIENT", "2026-03-02T10:00:00Z");

        Response assigned = api.post("/api/v1/episodes/" + id + "/case-manager", """
                {"caseManagerId":"nurse-1","effectiveAt":"2026-03-02T11:00:00Z"}""");
        JsonNode active = api.readAfter("/api/v1/episodes/" + id, assigned);
        JsonNode discharged = api.readAfter("/api/v1/episodes/" + id, api.discharge(id, "2026-03-04T14:00:00Z", "01"));

        assertThat(active.has("dispositionUnknown")).as(active.toString()).isFalse();
        assertThat(discharged.has("dispositionUnknown")).as(discharged.toString()).isFalse();
        JsonNode listed = api.get("/api/v1/episodes?patientId=" + discharged.get("patientId").asText()).json()
                .at("/items/0");
        assertThat(listed.has("dispositionUnknown")).as(listed.toString()).isFalse();
    }

    @Test
    void aBlankDispositionIsStillA400NamingIt() {
        String id = api.admit("P-" + UUID.randomUUID(), "F-1", "INPATIENT", "2026-03-02T10:00:00Z");

        Response refused = api.post("/api/v1/episodes/" + id + "/discharge", """
                {"disposition":"","dischargedAt":"2026-03-04T14:00:00Z"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("disposition");
    }

    private static JsonNode tcm(JsonNode compliance) {
        for (JsonNode clock : compliance.get("clocks")) {
            if (clock.get("clock").asText().equals("TCM_CONTACT")) {
                return clock;
            }
        }
        throw new AssertionError("no TCM_CONTACT in " + compliance);
    }
}
