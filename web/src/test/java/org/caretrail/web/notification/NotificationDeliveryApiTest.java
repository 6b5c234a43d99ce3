package org.caretrail.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.caretrail.web.notification.WebhookReceiver.Received;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Event notifications end to end: recorded ADT events reach real receivers on loopback, signed, in order. */
@ApiTest
class NotificationDeliveryApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Api api;
    private CareTeams teams;
    private final WebhookReceiver primaryCare = new WebhookReceiver(CareTeams.SECRET);
    private final WebhookReceiver practice = new WebhookReceiver(CareTeams.SECRET);
    private final WebhookReceiver payer = new WebhookReceiver(CareTeams.SECRET);
    private final WebhookReceiver snf = new WebhookReceiver(CareTeams.SECRET);
    private final MllpReceiver other = new MllpReceiver(false);
    private final MllpReceiver postAcute = new MllpReceiver(false);

    NotificationDeliveryApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        teams = new CareTeams(api);
    }

    @AfterEach
    void stopReceivers() {
        List.of(primaryCare, practice, payer, snf).forEach(WebhookReceiver::close);
        other.close();
        postAcute.close();
    }

    @Test
    void eachTriggerReachesEachRelationshipOfTheCareTeam() {
        String patient = teams.id("P");
        teams.member(patient, teams.webhook("pcp", primaryCare.url(), null), "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
        teams.member(patient, teams.webhook("group", practice.url(), null), "PRACTICE", "2026-01-01T00:00:00Z", null);
        teams.member(patient, teams.webhook("payer", payer.url(), null), "PAYER", "2026-01-01T00:00:00Z", null);
        teams.member(patient, teams.mllp("hie", other.endpoint()), "OTHER", "2026-01-01T00:00:00Z", null);
        teams.member(patient, teams.mllp("hh", postAcute.endpoint()), "POST_ACUTE", "2026-01-01T00:00:00Z", null);
        String snfId = teams.webhook("snf", snf.url(), null);

        String stay = teams.admit(patient, "EMERGENCY", "2026-03-01T08:00:00Z");
        teams.post("/api/v1/episodes/" + stay + "/class-changes",
                "{\"patientClass\":\"INPATIENT\",\"effectiveAt\":\"2026-03-01T10:00:00Z\"}");
        teams.discharge(stay, "02", "2026-03-04T11:00:00Z", null);
        String observation = teams.admit(patient, "OBSERVATION", "2026-03-10T08:00:00Z");
        teams.discharge(observation, "03", "2026-03-11T12:00:00Z", snfId);

        List<String> types = List.of("adt.ed_registration", "adt.admission", "adt.transfer", "adt.admission",
                "adt.discharge");
        for (WebhookReceiver receiver : List.of(primaryCare, practice, payer)) {
            Eventually.await("five notices", PATIENCE, () -> receiver.received().size() >= 5);
            assertThat(receiver.received()).extracting(Received::type).containsExactlyElementsOf(types);
            assertThat(receiver.badSignatures()).isZero();
        }
        for (MllpReceiver receiver : List.of(other, postAcute)) {
            Eventually.await("five ADT messages", PATIENCE, () -> receiver.messages().size() >= 5);
            assertThat(receiver.messages()).extracting(m -> m.split("\r")[0].split("\\|")[8])
                    .containsExactly("ADT^A04^ADT_A01", "ADT^A01^ADT_A01", "ADT^A02^ADT_A02", "ADT^A01^ADT_A01",
                            "ADT^A03^ADT_A03");
            assertThat(receiver.messages().get(0)).contains("PID|1||" + patient + "^^^CARETRAIL^MR")
                    .contains("DG1|1||I50.9^^I10");
        }
        Eventually.await("the discharge destination told", PATIENCE, () -> snf.received().size() >= 1);
        Received toSnf = snf.received().get(0);
        assertThat(toSnf.type()).isEqualTo("adt.discharge");
        assertThat(toSnf.data().get("episodeId").asText()).isEqualTo(observation);
        assertThat(toSnf.data().get("disposition").asText()).isEqualTo("03");
        assertThat(toSnf.data().has("principalDiagnosis")).as("no diagnosis unless configured").isFalse();

        List<JsonNode> log = teams.settledLog(patient);
        assertThat(log).hasSize(26).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("DELIVERED"));
        assertThat(log).filteredOn(n -> n.get("recipientId").asText().equals(snfId))
                .singleElement().satisfies(n -> assertThat(n.get("relationship").asText()).isEqualTo("POST_ACUTE"));
        assertThat(primaryCare.received()).extracting(Received::webhookId)
                .doesNotHaveDuplicates()
                .containsAll(log.stream().filter(n -> n.get("recipientId").asText().equals(teams.id("pcp")))
                        .map(n -> n.get("notificationId").asText()).toList());

        JsonNode report = api.get("/api/v1/notifications/report?facilityId=" + teams.facility()
                + "&from=2026-03-01&to=2026-03-31").json();
        assertThat(report.get("rows")).extracting(row -> row.get("trigger").asText() + " " + row.get("triggeringEvents")
                        + " " + row.get("notified") + " " + row.get("noRecipient"))
                .containsExactly("ED_REGISTRATION 1 1 0", "ADMISSION 2 2 0", "DISCHARGE 1 1 0", "TRANSFER 1 1 0");
        assertThat(report.get("rows").get(0).get("medianSecondsToDelivery").isNumber()).isTrue();
    }

    @Test
    void anOptOutInForceWithholdsNoticesAndOneRecordedAfterAnEventLeavesItsNoticeDelivered() {
        String pcp = teams.webhook("pcp", primaryCare.url(), null);
        String before = teams.id("P-before");
        teams.member(before, pcp, "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
        teams.preference(before, true, "2026-02-01T00:00:00Z");
        teams.admit(before, "INPATIENT", "2026-03-01T08:00:00Z");

        String after = teams.id("P-after");
        teams.member(after, pcp, "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
        String episode = teams.admit(after, "INPATIENT", "2026-03-01T08:00:00Z");
        Eventually.await("the admission delivered", PATIENCE, () -> primaryCare.received().size() >= 1);
        teams.preference(after, true, "2026-03-02T00:00:00Z");
        teams.discharge(episode, "01", "2026-03-03T10:00:00Z", null);

        assertThat(teams.settledLog(before)).singleElement()
                .satisfies(n -> assertThat(n.get("status").asText()).isEqualTo("SUPPRESSED_OPT_OUT"));
        assertThat(teams.settledLog(after)).extracting(n -> n.get("trigger").asText() + " " + n.get("status").asText())
                .containsExactly("DISCHARGE SUPPRESSED_OPT_OUT", "ADMISSION DELIVERED");
        assertThat(primaryCare.received()).extracting(r -> r.data().get("patientId").asText()).containsExactly(after);
        JsonNode careTeam = api.get("/api/v1/patients/" + after + "/care-team?asOf=2026-03-05T00:00:00Z").json();
        assertThat(careTeam.get("preference").get("optOut").asBoolean()).isTrue();
        assertThat(careTeam.get("members")).singleElement()
                .satisfies(m -> assertThat(m.get("recipientId").asText()).isEqualTo(pcp));
    }

    @Test
    void aCancelledDischargeSendsACancellationNoticeToThoseToldOfTheDischarge() {
        String patient = teams.id("P");
        teams.member(patient, teams.webhook("pcp", primaryCare.url(), null), "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
        String episode = teams.admit(patient, "INPATIENT", "2026-03-01T08:00:00Z");
        teams.discharge(episode, "01", "2026-03-03T10:00:00Z", null);
        teams.post("/api/v1/episodes/" + episode + "/discharge-cancellation",
                "{\"reason\":\"entered on the wrong patient\",\"effectiveAt\":\"2026-03-03T10:30:00Z\"}");

        Eventually.await("three notices", PATIENCE, () -> primaryCare.received().size() >= 3);
        List<Received> received = primaryCare.received();
        assertThat(received).extracting(Received::type)
                .containsExactly("adt.admission", "adt.discharge", "adt.discharge.cancelled");
        assertThat(received.get(2).data().get("cancelsNotificationId").asText()).isEqualTo(received.get(1).webhookId());
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryNoticeInOrderOnceItIsBack() {
        primaryCare.refuseNext(3);
        String patient = teams.id("P");
        teams.member(patient, teams.webhook("pcp", primaryCare.url(), null), "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
        String episode = teams.admit(patient, "EMERGENCY", "2026-03-01T08:00:00Z");
        teams.post("/api/v1/episodes/" + episode + "/class-changes",
                "{\"patientClass\":\"OBSERVATION\",\"effectiveAt\":\"2026-03-01T09:00:00Z\"}");
        teams.discharge(episode, "01", "2026-03-02T10:00:00Z", null);

        List<JsonNode> log = teams.settledLog(patient);
        assertThat(primaryCare.refusedCount()).isEqualTo(3);
        assertThat(primaryCare.received()).extracting(Received::type)
                .containsExactly("adt.ed_registration", "adt.admission", "adt.discharge");
        assertThat(log).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("DELIVERED"));
        assertThat(log.get(log.size() - 1).get("attempts").asInt()).as("the first notice was retried").isEqualTo(4);
    }

    @Test
    void aReceiverThatNeverAnswersMakesTheNoticeDeadAfterItsAttemptsAndTheReportSaysSo() {
        try (MllpReceiver silent = new MllpReceiver(true)) {
            String patient = teams.id("P");
            teams.member(patient, teams.mllp("silent", silent.endpoint()), "OTHER", "2026-01-01T00:00:00Z", null);
            teams.admit(patient, "INPATIENT", "2026-03-01T08:00:00Z");

            JsonNode dead = teams.settledLog(patient).get(0);
            assertThat(dead.get("status").asText()).isEqualTo("FAILED");
            assertThat(dead.get("attempts").asInt()).isEqualTo(4);
            assertThat(dead.get("lastError").asText()).contains("SocketTimeoutException");
            assertThat(silent.connections()).isEqualTo(4);

            Api.Response csv = api.get("/api/v1/notifications/report?facilityId=" + teams.facility()
                    + "&from=2026-03-01&to=2026-03-31", Map.of("Accept", "text/csv"));
            assertThat(csv.body()).isEqualTo(NotificationCsv.REPORT_HEADER + "\r\nADMISSION,2026-03,1,0,0,0,1,\r\n");
        }
    }

    @Test
    void deliveriesAreMeteredForPrometheus() {
        String patient = teams.id("P");
        teams.member(patient, teams.webhook("pcp", primaryCare.url(), null), "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
        teams.admit(patient, "INPATIENT", "2026-03-01T08:00:00Z");
        teams.settledLog(patient);

        String scrape = api.get("/actuator/prometheus").body();
        assertThat(scrape).containsPattern("(?m)^caretrail_notifications_pending(\\{[^}]*\\})? [0-9.]+$")
                .containsPattern("(?m)^caretrail_notifications_delivered_total\\{[^}]*channel=\"WEBHOOK\"[^}]*\\} [1-9]")
                .containsPattern("(?m)^caretrail_notifications_latency_seconds_count(\\{[^}]*\\})? [1-9]");
    }
}
