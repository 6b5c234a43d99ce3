package org.caretrail.web.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class EpisodeLifecycleApiTest {

    private final Api api;

    EpisodeLifecycleApiTest(Api api) {
        this.api = api;
    }

    @Test
    void aCaseManagerFollowsAPatientFromAdmissionToFollowUpAndReadsItAllBack() {
        Response admitted = api.post("/api/v1/episodes", """
                {"patientId":"P-100","facilityId":"F-1","patientClass":"OBSERVATION",
                 "admittedAt":"2026-03-01T10:00:00Z","payer":"MEDICARE","unit":"ED","principalDiagnosis":"I50.9"}
                """);
        assertThat(admitted.status()).isEqualTo(201);
        String id = admitted.json().get("episodeId").asText();
        assertThat(admitted.header("Location")).contains("/api/v1/episodes/" + id);
        assertThat(admitted.header("CareTrail-Position")).isPresent();

        String base = "/api/v1/episodes/" + id;
        ok(api.post(base + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-03-01T20:00:00Z"}"""));
        ok(api.post(base + "/transfers", """
                {"toUnit":"4W","effectiveAt":"2026-03-01T21:00:00Z"}"""));
        ok(api.post(base + "/case-manager", """
                {"caseManagerId":"nurse-7","effectiveAt":"2026-03-02T08:00:00Z"}"""));
        ok(api.post(base + "/assessments", """
                {"barriers":["lives alone"],"supportSystems":["daughter"],"effectiveAt":"2026-03-02T09:00:00Z"}"""));
        ok(api.post(base + "/post-acute-choice", """
                {"offeredProviderIds":["HH-1","HH-2"],"selectedProviderId":"HH-2","effectiveAt":"2026-03-02T10:00:00Z"}"""));
        Response referral = api.post(base + "/referrals", """
                {"serviceType":"HOME_HEALTH","providerId":"HH-2","effectiveAt":"2026-03-02T11:00:00Z"}""");
        assertThat(referral.status()).isEqualTo(201);
        String referralId = referral.json().get("referralId").asText();
        ok(api.post(base + "/referrals/" + referralId + "/acceptance", """
                {"effectiveAt":"2026-03-02T15:00:00Z"}"""));
        ok(api.post(base + "/education", """
                {"topic":"heart failure diet","teachBackConfirmed":true,"effectiveAt":"2026-03-03T09:00:00Z"}"""));
        ok(api.post(base + "/notices", """
                {"notice":"IMM","outcome":"SIGNED","deliveredAt":"2026-03-02T12:00:00Z"}"""));
        ok(api.post(base + "/discharge", """
                {"disposition":"06","dischargedAt":"2026-03-04T14:00:00Z","destinationProviderId":"HH-2"}"""));
        Response followUp = api.post(base + "/follow-ups", """
                {"contactedAt":"2026-03-05T10:00:00Z","successful":true,"method":"phone"}""");
        ok(followUp);

        JsonNode episode = api.getAfter(base, followUp).json();
        assertThat(episode.get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(episode.get("patientId").asText()).isEqualTo("P-100");
        assertThat(episode.get("patientClass").asText()).isEqualTo("INPATIENT");
        assertThat(episode.get("disposition").asText()).isEqualTo("06");
        assertThat(episode.get("dischargedAt").asText()).isEqualTo("2026-03-04T14:00:00Z");
        assertThat(episode.get("caseManagerId").asText()).isEqualTo("nurse-7");
        assertThat(episode.get("classHistory")).hasSize(2);
        assertThat(episode.at("/classHistory/0/patientClass").asText()).isEqualTo("OBSERVATION");
        assertThat(episode.at("/classHistory/0/to").asText()).isEqualTo("2026-03-01T20:00:00Z");
        assertThat(episode.at("/classHistory/1/patientClass").asText()).isEqualTo("INPATIENT");
        assertThat(episode.at("/referrals/0/status").asText()).isEqualTo("ACCEPTED");
        assertThat(episode.at("/referrals/0/referralId").asText()).isEqualTo(referralId);
        assertThat(episode.get("version").asLong()).isEqualTo(11);

        JsonNode audit = api.getAfter(base + "/audit", followUp).json();
        List<String> types = new ArrayList<>();
        audit.get("entries").forEach(entry -> types.add(entry.get("type").asText()));
        assertThat(types).containsExactly("PatientAdmittedEvent", "PatientClassChangedEvent",
                "PatientTransferredEvent", "CaseManagerAssignedEvent", "NeedsAssessmentRecordedEvent",
                "PostAcuteChoiceDocumentedEvent", "ReferralPlacedEvent", "ReferralAcceptedEvent",
                "EducationRecordedEvent", "NoticeDeliveredEvent", "PatientDischargedEvent",
                "FollowUpContactRecordedEvent");
        JsonNode first = audit.at("/entries/0");
        assertThat(first.get("sequence").asLong()).isZero();
        assertThat(first.get("occurredAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(first.get("recordedAt").asText()).isNotBlank();
        assertThat(first.get("actor").asText()).isEqualTo(Api.TESTER);
        assertThat(first.get("role").asText()).isEqualTo("CASE_MANAGER,INTEGRATION,QUALITY,COMPLIANCE,ADMIN");
        assertThat(first.get("source").asText()).isEqualTo("api");
        assertThat(first.at("/data/unit").asText()).isEqualTo("ED");
    }

    @Test
    void aCancelledDischargeMakesTheEpisodeActiveAgainAndTheTrailKeepsBoth() {
        String id = api.admit("P-101", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String base = "/api/v1/episodes/" + id;
        ok(api.post(base + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-03T10:00:00Z"}"""));
        Response cancelled = api.post(base + "/discharge-cancellation", """
                {"reason":"discharged the wrong patient","effectiveAt":"2026-03-03T11:00:00Z"}""");
        ok(cancelled);

        JsonNode episode = api.getAfter(base, cancelled).json();
        assertThat(episode.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(episode.has("dischargedAt")).isFalse();
        JsonNode audit = api.getAfter(base + "/audit", cancelled).json();
        assertThat(audit.get("entries")).hasSize(3);
        assertThat(audit.at("/entries/2/type").asText()).isEqualTo("DischargeCancelledEvent");
    }

    @Test
    void anEpisodeEnteredInErrorIsCancelledAndRefusesFurtherCommands() {
        String id = api.admit("P-102", "F-1", "EMERGENCY", "2026-03-01T10:00:00Z");
        String base = "/api/v1/episodes/" + id;
        Response cancelled = api.post(base + "/cancellation", """
                {"reason":"registered twice"}""");
        ok(cancelled);

        assertThat(api.getAfter(base, cancelled).json().get("status").asText()).isEqualTo("CANCELLED");
        Response refused = api.post(base + "/transfers", """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}""");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aReferralCanBeDeclinedOrCancelledButNotAnsweredTwice() {
        String id = api.admit("P-103", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String base = "/api/v1/episodes/" + id;
        ok(api.post(base + "/referrals", """
                {"referralId":"R-1","serviceType":"SNF","providerId":"SNF-9","effectiveAt":"2026-03-02T10:00:00Z"}"""));
        ok(api.post(base + "/referrals", """
                {"referralId":"R-2","serviceType":"DME","providerId":"DME-1","effectiveAt":"2026-03-02T10:00:00Z"}"""));
        ok(api.post(base + "/referrals/R-1/decline", """
                {"reason":"no beds","effectiveAt":"2026-03-02T18:00:00Z"}"""));
        Response cancelled = api.post(base + "/referrals/R-2/cancellation", """
                {"effectiveAt":"2026-03-02T19:00:00Z"}""");
        ok(cancelled);

        assertThat(api.post(base + "/referrals/R-1/acceptance", """
                {"effectiveAt":"2026-03-02T20:00:00Z"}""").status()).isEqualTo(409);
        assertThat(api.post(base + "/referrals/R-404/acceptance", """
                {"effectiveAt":"2026-03-02T20:00:00Z"}""").status()).isEqualTo(404);
        JsonNode referrals = api.getAfter(base, cancelled).json().get("referrals");
        assertThat(referrals.findValuesAsText("status")).containsExactlyInAnyOrder("DECLINED", "CANCELLED");
    }

    @Test
    void aCancelledEpisodeStaysInItsAuditTrailButLeavesTheTimelineTheClocksAndTheWorklist() {
        String patient = "P-" + java.util.UUID.randomUUID();
        String facility = "F-" + java.util.UUID.randomUUID();
        String kept = api.admit(patient, facility, "INPATIENT", "2026-03-01T10:00:00Z");
        String wrong = api.admit(patient, facility, "INPATIENT", "2026-03-02T10:00:00Z");
        Response cancelled = api.post("/api/v1/episodes/" + wrong + "/cancellation", """
                {"reason":"entered in error"}""");
        ok(cancelled);

        JsonNode audit = api.readAfter("/api/v1/episodes/" + wrong + "/audit", cancelled);
        assertThat(audit.get("entries").findValuesAsText("type"))
                .containsExactly("PatientAdmittedEvent", "EpisodeCancelledEvent");
        JsonNode timeline = api.readAfter("/api/v1/patients/" + patient + "/timeline", cancelled);
        assertThat(timeline.get("stays").findValuesAsText("episodeId")).containsExactly(kept);
        JsonNode clocks = api.readAfter("/api/v1/episodes/" + wrong + "/compliance?asOf=2026-03-10T00:00:00Z",
                cancelled).get("clocks");
        assertThat(clocks.findValuesAsText("status")).isNotEmpty().containsOnly("NOT_APPLICABLE");
        JsonNode worklist = api.readAfter("/api/v1/compliance/worklist?facilityId=" + facility
                + "&asOf=2026-03-10T00:00:00Z", cancelled);
        assertThat(worklist.get("items").findValuesAsText("episodeId")).contains(kept).doesNotContain(wrong);
    }

    @Test
    void acceptingACancelledReferralIsA409ThatRecordsNothing() {
        String id = api.admit("P-104", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        String base = "/api/v1/episodes/" + id;
        ok(api.post(base + "/referrals", """
                {"referralId":"R-1","serviceType":"SNF","providerId":"SNF-9","effectiveAt":"2026-03-02T10:00:00Z"}"""));
        Response cancelled = api.post(base + "/referrals/R-1/cancellation", """
                {"reason":"family declined","effectiveAt":"2026-03-02T12:00:00Z"}""");
        ok(cancelled);

        Response refused = api.post(base + "/referrals/R-1/acceptance", """
                {"effectiveAt":"2026-03-02T13:00:00Z"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Response barrier = api.post(base + "/case-manager", """
                {"caseManagerId":"nurse-1","effectiveAt":"2026-03-02T14:00:00Z"}""");
        ok(barrier);
        JsonNode episode = api.readAfter(base, barrier);
        assertThat(episode.at("/referrals/0/status").asText()).isEqualTo("CANCELLED");
        assertThat(api.readAfter(base + "/audit", barrier).get("entries").findValuesAsText("type"))
                .containsExactly("PatientAdmittedEvent", "ReferralPlacedEvent", "ReferralCancelledEvent",
                        "CaseManagerAssignedEvent");
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        assertThat(response.header("CareTrail-Position")).as("position header").isPresent();
    }
}
