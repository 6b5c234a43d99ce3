package org.caretrail.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Eventually;

/** Test set-up for notifications through the API: recipients, care teams, episodes, and reading the delivery log. */
final class CareTeams {

    static final String SECRET = "a-shared-signing-secret-of-the-receiver";

    private final Api api;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private Response last;

    CareTeams(Api api) {
        this.api = api;
    }

    /** An id unique to this test, so tests sharing one application do not see each other's data. */
    String id(String name) {
        return name + "-" + suffix;
    }

    String facility() {
        return id("F");
    }

    String webhook(String name, String url, String events) {
        return register(name, """
                {"recipientId":"%s","name":"%s","channel":"WEBHOOK","endpoint":"%s","secret":"%s"%s}"""
                .formatted(id(name), name, url, SECRET, events == null ? "" : ",\"events\":" + events));
    }

    String mllp(String name, String endpoint) {
        return register(name, """
                {"recipientId":"%s","name":"%s","channel":"MLLP","endpoint":"%s","includeDiagnosis":true}"""
                .formatted(id(name), name, endpoint));
    }

    private String register(String name, String body) {
        expectOk(api.post("/api/v1/notification-recipients", body));
        return id(name);
    }

    void member(String patientId, String recipientId, String relationship, String from, String to) {
        expectOk(api.post("/api/v1/patients/" + patientId + "/care-team", """
                {"recipientId":"%s","relationship":"%s","effectiveFrom":"%s"%s}"""
                .formatted(recipientId, relationship, from, to == null ? "" : ",\"effectiveTo\":\"" + to + "\"")));
    }

    void preference(String patientId, boolean optOut, String effectiveAt) {
        expectOk(api.post("/api/v1/patients/" + patientId + "/notification-preference", """
                {"optOut":%s,"effectiveAt":"%s","reason":"told the registration clerk"}""".formatted(optOut, effectiveAt)));
    }

    String admit(String patientId, String patientClass, String at) {
        String episodeId = id("E") + "-" + UUID.randomUUID().toString().substring(0, 6);
        last = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"%s","facilityId":"%s","patientClass":"%s","admittedAt":"%s",
                 "principalDiagnosis":"I50.9"}""".formatted(episodeId, patientId, facility(), patientClass, at));
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        return episodeId;
    }

    void post(String path, String body) {
        expectOk(api.post(path, body));
    }

    void discharge(String episodeId, String disposition, String at, String destination) {
        post("/api/v1/episodes/" + episodeId + "/discharge", """
                {"disposition":"%s","dischargedAt":"%s"%s}""".formatted(disposition, at,
                destination == null ? "" : ",\"destinationProviderId\":\"" + destination + "\""));
    }

    /** The delivery log of a patient, once the last command's events are routed. */
    List<JsonNode> log(String patientId) {
        Response response = api.getAfter("/api/v1/notifications?size=500&patientId=" + patientId, last);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    /** Waits until every notice of the patient is out of PENDING; returns the log. */
    List<JsonNode> settledLog(String patientId) {
        return Eventually.value("the notices of " + patientId + " settled", Duration.ofSeconds(60),
                () -> log(patientId), items -> items.stream().noneMatch(n -> n.get("status").asText().equals("PENDING")));
    }

    private void expectOk(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        last = response;
    }
}
