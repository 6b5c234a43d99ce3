package org.caretrail.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recipients, care teams and preferences through the API: what is refused, who may call, what is never shown. */
@ApiTest
class NotificationAdminApiTest {

    private final Api api;
    private String suffix;

    NotificationAdminApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSigningSecretIsNeverShownByTheRecipientListOrTheAuditTrail() {
        String id = "pcp-" + suffix;
        Response registered = api.post("/api/v1/notification-recipients", """
                {"recipientId":"%s","name":"Elm St","channel":"WEBHOOK","endpoint":"https://elm.example/hooks",
                 "secret":"s3cret-that-must-stay-hidden","events":["DISCHARGE"]}""".formatted(id));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);

        Response list = api.getAfter("/api/v1/notification-recipients?size=500", registered);
        assertThat(list.body()).doesNotContain("s3cret-that-must-stay-hidden");
        JsonNode recipient = null;
        for (JsonNode item : list.json().get("items")) {
            if (item.get("recipientId").asText().equals(id)) {
                recipient = item;
            }
        }
        assertThat(recipient).isNotNull();
        assertThat(recipient.get("events")).extracting(JsonNode::asText).containsExactly("DISCHARGE");
        assertThat(recipient.get("channel").asText()).isEqualTo("WEBHOOK");
        Response audit = api.getAfter("/api/v1/audit?type=NotificationRecipientRegisteredEvent&size=500", registered);
        assertThat(audit.body()).contains(id).doesNotContain("s3cret-that-must-stay-hidden");
    }

    @Test
    void aWebhookWithoutASecretAndAnMllpEndpointWithoutAPortAreRefusedAndRecordNothing() {
        Response noSecret = api.post("/api/v1/notification-recipients", """
                {"recipientId":"x-%s","name":"X","channel":"WEBHOOK","endpoint":"https://x.example/h"}""".formatted(suffix));
        assertThat(noSecret.status()).isEqualTo(400);
        assertThat(noSecret.json().get("errors").get(0).get("field").asText()).isEqualTo("secret");

        Response noPort = api.post("/api/v1/notification-recipients", """
                {"recipientId":"y-%s","name":"Y","channel":"MLLP","endpoint":"hie.example"}""".formatted(suffix));
        assertThat(noPort.status()).isEqualTo(400);
        assertThat(noPort.body()).contains("host:port");

        Response unknownTrigger = api.post("/api/v1/notification-recipients", """
                {"recipientId":"z-%s","name":"Z","channel":"MLLP","endpoint":"hie.example:2575","events":["BIRTH"]}"""
                .formatted(suffix));
        assertThat(unknownTrigger.status()).isEqualTo(400);

        Response list = api.get("/api/v1/notification-recipients?size=500");
        assertThat(list.body()).doesNotContain("x-" + suffix, "y-" + suffix, "z-" + suffix);
    }

    @Test
    void badCareTeamAndPreferenceInputIsA400NamingTheField() {
        String patient = "P-" + suffix;
        Response backwards = api.post("/api/v1/patients/" + patient + "/care-team", """
                {"recipientId":"pcp","relationship":"PRIMARY_CARE","effectiveFrom":"2026-03-01T00:00:00Z",
                 "effectiveTo":"2026-02-01T00:00:00Z"}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("effectiveTo");

        Response unknownRelationship = api.post("/api/v1/patients/" + patient + "/care-team", """
                {"recipientId":"pcp","relationship":"NEIGHBOUR","effectiveFrom":"2026-03-01T00:00:00Z"}""");
        assertThat(unknownRelationship.status()).isEqualTo(400);

        Response noChoice = api.post("/api/v1/patients/" + patient + "/notification-preference", """
                {"effectiveAt":"2026-03-01T00:00:00Z"}""");
        assertThat(noChoice.status()).isEqualTo(400);
        assertThat(noChoice.json().get("errors").get(0).get("field").asText()).isEqualTo("optOut");

        assertThat(api.get("/api/v1/patients/" + patient + "/care-team").status()).isEqualTo(404);
    }

    @Test
    void patientEventsAreAuditedWithWhoRecordedThem() {
        String patient = "P-" + suffix;
        Response recorded = api.as("case-manager").post("/api/v1/patients/" + patient + "/notification-preference", """
                {"optOut":true,"effectiveAt":"2026-03-01T00:00:00Z","reason":"asked at registration"}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        JsonNode audit = api.getAfter("/api/v1/audit?patientId=" + patient, recorded).json();
        assertThat(audit.get("items")).singleElement().satisfies(entry -> {
            assertThat(entry.get("type").asText()).isEqualTo("NotificationPreferenceRecordedEvent");
            assertThat(entry.get("actor").asText()).isEqualTo("case-manager");
            assertThat(entry.get("data").get("reason").asText()).isEqualTo("asked at registration");
        });
    }

    @Test
    void onlyAdministratorsManageRecipientsAndOnlyComplianceReadsTheDeliveryLog() {
        assertThat(api.as("case-manager").get("/api/v1/notification-recipients").status()).isEqualTo(403);
        assertThat(api.as("admin").get("/api/v1/notification-recipients").status()).isEqualTo(200);
        assertThat(api.as("case-manager").get("/api/v1/notifications").status()).isEqualTo(403);
        assertThat(api.as("quality").post("/api/v1/patients/P-1/care-team", "{}").status()).isEqualTo(403);
        assertThat(api.as("compliance").get("/api/v1/notifications").status()).isEqualTo(200);
        assertThat(api.as("compliance").get("/api/v1/notifications?status=LOST").status()).isEqualTo(400);
    }

    @Test
    void readingTheDeliveryLogAndTheReportIsAccessLogged() {
        String patient = "P-" + suffix;
        assertThat(api.as("compliance").get("/api/v1/notifications?patientId=" + patient).status()).isEqualTo(200);

        String report = "/api/v1/notifications/report?facilityId=F-" + suffix + "&from=2026-03-01&to=2026-03-31";
        assertThat(api.as("compliance").get(report).status()).isEqualTo(200);

        Response log = api.get("/api/v1/access-log?patientId=" + patient, Map.of());
        assertThat(log.body()).contains("/api/v1/notifications?patientId=" + patient);
        assertThat(api.get("/api/v1/access-log?user=compliance&size=500").body()).contains(report);
    }
}
