package org.caretrail.web.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Referrals and discharges posted over HTTP; the provider figures and destination outcomes read back. */
@ApiTest
class PostAcuteApiTest {

    private final Api api;
    String facility;

    PostAcuteApiTest(Api api) {
        this.api = api;
    }

    @BeforeEach
    void connect() {
        facility = "F-" + UUID.randomUUID();
    }

    @Test
    void providersAreComparedByHowFastTheyAnswerWithWaitingReferralsCountedApart() {
        String episode = api.admit("P-" + UUID.randomUUID(), facility, "INPATIENT", "2026-03-01T10:00:00Z");
        String base = "/api/v1/episodes/" + episode + "/referrals";
        refer(base, "R-1", "SNF-A", "2026-03-02T08:00:00Z");
        refer(base, "R-2", "SNF-A", "2026-03-02T09:00:00Z");
        refer(base, "R-3", "SNF-A", "2026-03-02T10:00:00Z");
        api.post(base + "/R-1/acceptance", """
                {"effectiveAt":"2026-03-02T12:00:00Z"}""").expect(200);
        Response last = api.post(base + "/R-2/decline", """
                {"reason":"no bed","effectiveAt":"2026-03-03T15:00:00Z"}""");
        last.expect(200);

        JsonNode figures = api.readAfter("/api/v1/post-acute/referrals?facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&asOf=2026-03-10T00:00:00Z", last);
        JsonNode snf = figures.at("/items/0");
        assertThat(figures.get("items")).hasSize(1);
        assertThat(snf.get("serviceType").asText()).isEqualTo("SNF");
        assertThat(snf.get("providerId").asText()).isEqualTo("SNF-A");
        assertThat(snf.get("placed").asLong()).isEqualTo(3);
        assertThat(snf.get("accepted").asLong()).isEqualTo(1);
        assertThat(snf.get("declined").asLong()).isEqualTo(1);
        assertThat(snf.get("waiting").asLong()).isEqualTo(1);
        assertThat(snf.get("acceptanceRate").asDouble()).isEqualTo(0.5);
        assertThat(snf.get("medianHoursToAnswer").asDouble()).isEqualTo(4.0);
        assertThat(snf.get("p90HoursToAnswer").asDouble()).isEqualTo(30.0);

        JsonNode before = api.readAfter("/api/v1/post-acute/referrals?facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&asOf=2026-03-02T11:00:00Z", last);
        assertThat(before.at("/items/0/waiting").asLong()).isEqualTo(3);
    }

    @Test
    void destinationsShowHowOftenTheirPatientsComeBack() {
        String patient = "P-" + UUID.randomUUID();
        String first = api.admit(patient, facility, "INPATIENT", "2026-03-01T10:00:00Z");
        api.post("/api/v1/episodes/" + first + "/discharge", """
                {"disposition":"03","dischargedAt":"2026-03-05T10:00:00Z","destinationProviderId":"SNF-B"}""").expect(200);
        String second = api.admit(patient, facility, "INPATIENT", "2026-03-15T10:00:00Z");
        Response last = api.post("/api/v1/episodes/" + second + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-03-18T10:00:00Z"}""");
        last.expect(200);

        JsonNode destinations = api.readAfter("/api/v1/post-acute/destinations?facilityId=" + facility
                + "&from=2026-03-01&to=2026-03-31&asOf=2026-06-01T00:00:00Z", last);
        assertThat(destinations.get("items")).hasSize(1);
        JsonNode snf = destinations.at("/items/0");
        assertThat(snf.get("destinationProviderId").asText()).isEqualTo("SNF-B");
        assertThat(snf.get("indexStays").asLong()).isEqualTo(1);
        assertThat(snf.get("readmitted").asLong()).isEqualTo(1);
        assertThat(snf.get("rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aPeriodBackwardsIsA400NamingTo() {
        Response response = api.get("/api/v1/post-acute/referrals?from=2026-03-31&to=2026-03-01");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("to");
    }

    private void refer(String base, String referralId, String provider, String at) {
        api.post(base, """
                {"referralId":"%s","serviceType":"SNF","providerId":"%s","effectiveAt":"%s"}"""
                .formatted(referralId, provider, at)).expect(201);
    }
}
