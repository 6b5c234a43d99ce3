package org.caretrail.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The five patient- and episode-level reads with {@code knownAt}, over HTTP: a discharge cancelled after the fact
 * is absent from what was known before the cancellation was recorded and present after; an episode not yet recorded
 * at knownAt is a 404; a bad knownAt is a 400 naming it; without knownAt the stored answer is what a knownAt of now
 * computes.
 */
@ApiTest
class KnownAtApiTest {

    private static final String AS_OF = "asOf=2026-03-20T00:00:00Z";

    private final Api api;
    String patient;
    String facility;
    String earlierStay;
    String episode;
    /** Before anything of the patient was recorded. */
    Instant beforeAnything;
    /** After the earlier stay was recorded, before the episode's admission was. */
    Instant beforeAdmission;
    /** After the discharge was recorded, before its cancellation was. */
    Instant beforeCorrection;
    Instant afterCorrection;
    Response last;

    KnownAtApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void aDischargeCancelledLate() throws InterruptedException {
        patient = "P-" + UUID.randomUUID();
        facility = "F-" + UUID.randomUUID();
        beforeAnything = pause();
        earlierStay = api.admit(patient, facility, "INPATIENT", "2026-02-01T10:00:00Z");
        api.discharge(earlierStay, "2026-02-05T10:00:00Z", "01");
        beforeAdmission = pause();
        episode = api.admit(patient, facility, "INPATIENT", "2026-03-01T10:00:00Z");
        api.discharge(episode, "2026-03-05T10:00:00Z", "01");
        beforeCorrection = pause();
        last = api.post("/api/v1/episodes/" + episode + "/discharge-cancellation", """
                {"reason":"discharged in error: the patient is still on the ward","effectiveAt":"2026-03-06T09:00:00Z"}""");
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        afterCorrection = pause();
    }

    /** An instant strictly between what was recorded before and what is recorded after (stored to the millisecond). */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(15);
        Instant between = Instant.now();
        Thread.sleep(15);
        return between;
    }

    @Test
    void theEpisodeViewShowsTheDischargeUntilItsCancellationWasRecorded() {
        JsonNode before = ok(episodePath("") + "?knownAt=" + beforeCorrection);
        assertThat(before.get("status").asText()).isEqualTo("DISCHARGED");
        assertThat(before.get("dischargedAt").asText()).isEqualTo("2026-03-05T10:00:00Z");
        assertThat(before.get("disposition").asText()).isEqualTo("01");

        JsonNode after = ok(episodePath("") + "?knownAt=" + afterCorrection);
        assertThat(after.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(after.has("dischargedAt")).isFalse();
        assertThat(ok(episodePath(""))).isEqualTo(after);
    }

    @Test
    void theAuditTrailHoldsTheEntriesRecordedByKnownAt() {
        JsonNode before = ok(episodePath("/audit") + "?knownAt=" + beforeCorrection);
        assertThat(before.get("entries").findValuesAsText("type"))
                .containsExactly("PatientAdmittedEvent", "PatientDischargedEvent");
        before.get("entries").forEach(entry -> assertThat(Instant.parse(entry.get("recordedAt").asText()))
                .isBefore(beforeCorrection));

        JsonNode after = ok(episodePath("/audit") + "?knownAt=" + afterCorrection);
        assertThat(after.get("entries").findValuesAsText("type"))
                .containsExactly("PatientAdmittedEvent", "PatientDischargedEvent", "DischargeCancelledEvent");
        assertThat(ok(episodePath("/audit"))).isEqualTo(after);
    }

    @Test
    void theComplianceClocksAreThoseOfADischargedEpisodeUntilTheCancellationWasRecorded() {
        JsonNode before = ok(episodePath("/compliance") + "?" + AS_OF + "&knownAt=" + beforeCorrection);
        JsonNode after = ok(episodePath("/compliance") + "?" + AS_OF + "&knownAt=" + afterCorrection);

        // the two-day follow-up after discharge is owed only while the episode counts as discharged
        assertThat(status(before, "TCM_CONTACT")).isNotEqualTo("NOT_APPLICABLE");
        assertThat(status(after, "TCM_CONTACT")).isEqualTo("NOT_APPLICABLE");
        assertThat(ok(episodePath("/compliance") + "?" + AS_OF)).isEqualTo(after);
    }

    @Test
    void theRiskCountsTheStayAsDischargedUntilTheCancellationWasRecorded() {
        JsonNode before = ok(episodePath("/risk") + "?" + AS_OF + "&knownAt=" + beforeCorrection);
        JsonNode after = ok(episodePath("/risk") + "?" + AS_OF + "&knownAt=" + afterCorrection);

        assertThat(before.get("lengthOfStayDays").asInt()).isEqualTo(4);
        assertThat(after.path("lengthOfStayDays").asInt(-1)).isNotEqualTo(4);
        assertThat(after).isNotEqualTo(before);
        assertThat(ok(episodePath("/risk") + "?" + AS_OF)).isEqualTo(after);
    }

    @Test
    void theTimelineHoldsTheStaysAndDischargesRecordedByKnownAt() {
        JsonNode before = ok(timelinePath() + "&knownAt=" + beforeCorrection);
        assertThat(before.get("stays").findValuesAsText("episodeId")).containsExactly(earlierStay, episode);
        assertThat(before.at("/stays/1/dischargedAt").asText()).isEqualTo("2026-03-05T10:00:00Z");

        JsonNode after = ok(timelinePath() + "&knownAt=" + afterCorrection);
        assertThat(after.get("stays").findValuesAsText("episodeId")).containsExactly(earlierStay, episode);
        assertThat(after.at("/stays/1").has("dischargedAt")).isFalse();
        assertThat(ok(timelinePath())).isEqualTo(after);

        JsonNode beforeTheEpisode = ok(timelinePath() + "&knownAt=" + beforeAdmission);
        assertThat(beforeTheEpisode.get("stays").findValuesAsText("episodeId")).containsExactly(earlierStay);
    }

    @Test
    void anEpisodeOrPatientNotYetRecordedAtKnownAtIsNotFoundAndSaysSo() {
        for (String path : List.of(episodePath(""), episodePath("/audit"), episodePath("/compliance"))) {
            Response response = api.getAfter(path + "?knownAt=" + beforeAdmission, last);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("detail").asText()).as(path)
                    .isEqualTo("Episode '" + episode + "' was not yet recorded at knownAt " + beforeAdmission + ".");
        }
        Response risk = api.getAfter(episodePath("/risk") + "?knownAt=" + beforeAdmission, last);
        assertThat(risk.status()).isEqualTo(404);
        assertThat(risk.json().get("detail").asText()).contains("recorded by knownAt " + beforeAdmission);

        Response timeline = api.getAfter(timelinePath() + "&knownAt=" + beforeAnything, last);
        assertThat(timeline.status()).isEqualTo(404);
        assertThat(timeline.json().get("detail").asText())
                .isEqualTo("Patient '" + patient + "' was not yet recorded at knownAt " + beforeAnything + ".");
    }

    @Test
    void aMalformedOrFutureKnownAtIsRefusedNamingIt() {
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();
        for (String path : List.of(episodePath("") + "?", episodePath("/audit") + "?",
                episodePath("/compliance") + "?", episodePath("/risk") + "?", timelinePath() + "&")) {
            for (String knownAt : List.of("yesterday", "2026-13-01T00:00:00Z", tomorrow)) {
                Response response = api.get(path + "knownAt=" + knownAt);
                assertThat(response.status()).as(path + knownAt).isEqualTo(400);
                assertThat(response.json().get("errors").findValuesAsText("field")).as(response.toString())
                        .containsExactly("knownAt");
            }
        }
    }

    private String episodePath(String suffix) {
        return "/api/v1/episodes/" + episode + suffix;
    }

    private String timelinePath() {
        return "/api/v1/patients/" + patient + "/timeline?" + AS_OF;
    }

    private JsonNode ok(String path) {
        Response response = api.getAfter(path, last);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        return response.json();
    }

    private static String status(JsonNode compliance, String clock) {
        for (JsonNode entry : compliance.get("clocks")) {
            if (entry.get("clock").asText().equals(clock)) {
                return entry.get("status").asText();
            }
        }
        throw new AssertionError("no " + clock + " clock in " + compliance);
    }
}
