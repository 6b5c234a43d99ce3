package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ways a security review found to read patient data without an access-log entry, each closed. */
@ApiTest
class PatientReadBypassApiTest {

    private final Api api;
    Api compliance;
    String patient;
    String facility;
    String episode;
    Response admitted;

    PatientReadBypassApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void admit() {
        compliance = api.as("compliance");
        patient = "P-" + UUID.randomUUID();
        facility = "F-" + UUID.randomUUID();
        episode = "E-" + UUID.randomUUID();
        admitted = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"%s","facilityId":"%s","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z","payer":"MEDICARE"}""".formatted(episode, patient, facility));
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
    }

    @Test
    void aPercentEncodedEpisodePathIsLoggedAsTheEpisodeRead() {
        Response read = api.as("quality").getAfter("/api/v1/%65pisodes/" + episode, admitted);
        Response refused = api.as("integration").get("/api/v1/%65pisodes/" + episode + "/%61udit");

        assertThat(read.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(403);
        List<JsonNode> logged = loggedFor(patient);
        assertThat(logged).extracting(entry -> entry.get("path").asText()).containsExactly(
                "/api/v1/%65pisodes/" + episode + "/%61udit", "/api/v1/%65pisodes/" + episode);
        assertThat(logged).allSatisfy(entry -> assertThat(entry.get("episodeId").asText()).isEqualTo(episode));
        assertThat(logged.get(1).get("address").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void aPercentEncodedTimelinePathIsLoggedUnderItsPatient() {
        Response read = api.as("quality").get("/api/v1/p%61tients/" + patient + "/timeline");

        assertThat(read.status()).isIn(200, 404);
        assertThat(loggedFor(patient)).extracting(entry -> entry.get("path").asText())
                .containsExactly("/api/v1/p%61tients/" + patient + "/timeline");
    }

    @Test
    void aPercentEncodedWorklistPathIsLoggedUnderThePatientsItLists() {
        Response read = compliance.getAfter("/api/v1/compliance/w%6Frklist?facilityId=" + facility, admitted);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains(patient);
        assertThat(loggedFor(patient)).extracting(entry -> entry.get("path").asText())
                .containsExactly("/api/v1/compliance/w%6Frklist?facilityId=" + facility);
    }

    @Test
    void aYamlAnswerIsLoggedWithThePatientsItHolds() {
        // an episode's audit trail names its patient only inside the answer, not in the path
        Response read = compliance.get("/api/v1/episodes/" + episode + "/audit",
                Map.of("Accept", "application/yaml", "CareTrail-Position", position()));

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("yaml"));
        assertThat(read.body()).contains(patient);
        assertThat(loggedFor(patient)).extracting(entry -> entry.get("path").asText())
                .containsExactly("/api/v1/episodes/" + episode + "/audit");
    }

    @Test
    void aCsvExportOfTheAccessLogIsItselfLoggedUnderThePatientsItShows() {
        api.as("quality").getAfter("/api/v1/episodes/" + episode, admitted);

        Response csv = compliance.get("/api/v1/access-log?user=quality&size=10000", Map.of("Accept", "text/csv"));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(patient);
        assertThat(loggedFor(patient)).anySatisfy(entry -> {
            assertThat(entry.get("path").asText()).isEqualTo("/api/v1/access-log?user=quality&size=10000");
            assertThat(entry.get("user").asText()).isEqualTo("compliance");
        });
    }

    @Test
    void anAdministratorsReadOfKeptHl7MessagesIsLoggedUnderTheirPatients() {
        String transfer = String.join("\r",
                "MSH|^~\\&|EPICADT|GHH|CARETRAIL|CARETRAIL|20260601140612||ADT^A02^ADT_A02|" + episode + "-2|P|2.5.1",
                "EVN|A02|20260602090010||||20260602090000",
                "PID|1||" + patient + "^^^GHH^MR||DOE^JOHN||19480312|M",
                "PV1|1|I|5E^502^A^GHH||||1234^WELBY^MARCUS|||MED||||7|||1234^WELBY^MARCUS|IP|" + episode) + "\r";
        Response sent = api.send(HttpRequest.newBuilder(URI.create(api.url("/api/v1/hl7")))
                .header("Content-Type", "application/hl7-v2").POST(HttpRequest.BodyPublishers.ofString(transfer))
                .header("CareTrail-Position", position()).build());
        assertThat(sent.status()).isEqualTo(200);

        // whatever became of the message (applied, or refused by a sender profile), it is kept and listed
        String path = java.util.stream.Stream.of("APPLIED", "REJECTED", "PARKED", "ERROR", "IGNORED", "RECEIVED", "DUPLICATE")
                .map(outcome -> "/api/v1/admin/hl7/messages?size=1000&outcome=" + outcome)
                .filter(listing -> api.as("admin").get(listing).body().contains(episode + "-2"))
                .findFirst().orElseThrow(() -> new AssertionError("the message is not listed: " + sent));
        assertThat(loggedFor(patient)).anySatisfy(entry -> {
            assertThat(entry.get("path").asText()).isEqualTo(path);
            assertThat(entry.get("user").asText()).isEqualTo("admin");
        });
    }

    @Test
    void anAdministratorsReadOfDeadLettersIsLogged() {
        Response listed = api.as("admin").get("/api/v1/admin/projections/episode-view/dead-letters");

        assertThat(listed.status()).isEqualTo(200);
        JsonNode logged = compliance.get("/api/v1/access-log?user=admin&size=500").json();
        assertThat(logged.get("items")).anySatisfy(entry -> assertThat(entry.get("path").asText())
                .isEqualTo("/api/v1/admin/projections/episode-view/dead-letters"));
    }

    private String position() {
        return admitted.header("CareTrail-Position").orElseThrow();
    }

    /** What the access log holds for the patient, reads of the access log left out, newest first. */
    private List<JsonNode> loggedFor(String patientId) {
        Response response = compliance.get("/api/v1/access-log?patientId=" + patientId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(item -> {
            if (!item.get("path").asText().startsWith("/api/v1/access-log?patientId=")) {
                items.add(item);
            }
        });
        return items;
    }
}
