package org.caretrail.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The projections wrote a batch but their token update was lost, as in a crash between the two. */
@ApiTest
@Import(FaultProbes.class)
class ProjectionCrashFaultTest {

    @Autowired
    FlakyTokenStore tokens;
    @Autowired
    DeliveryCounter auditDeliveries;
    @Autowired
    PoisonSwitch episodeViewDeliveries;

    @AfterEach
    void disarm() {
        tokens.disarm();
    }

    @Test
    void aBatchWhoseTokenUpdateIsLostIsRedeliveredAndNothingIsDoubled(Api api) {
        String episodeId = "E-crash-" + UUID.randomUUID();
        Response admitted = api.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"P-crash","facilityId":"F-1","patientClass":"OBSERVATION",
                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(episodeId));
        assertThat(api.getAfter("/api/v1/episodes/" + episodeId + "/audit", admitted).status()).isEqualTo(200);

        long before = Long.parseLong(admitted.header("CareTrail-Position").orElseThrow());
        tokens.loseFirstUpdatePast("audit-trail", before);
        tokens.loseFirstUpdatePast("episode-view", before);
        String base = "/api/v1/episodes/" + episodeId;
        List<Response> commands = new ArrayList<>();
        commands.add(api.post(base + "/class-changes", """
                {"patientClass":"INPATIENT","effectiveAt":"2026-03-01T18:00:00Z"}"""));
        commands.add(api.post(base + "/transfers", """
                {"toUnit":"4-WEST","effectiveAt":"2026-03-02T09:00:00Z"}"""));
        commands.add(api.post(base + "/case-manager", """
                {"caseManagerId":"CM-7","effectiveAt":"2026-03-02T10:00:00Z"}"""));
        commands.forEach(response -> assertThat(response.status()).as(response.toString()).isBetween(200, 299));
        Response last = commands.get(commands.size() - 1);

        // While a segment whose batch failed is re-claimed, this instance's view of it can run ahead of
        // what was written, so read-your-writes may be briefly stale here; wait for the whole trail.
        JsonNode trail = Eventually.value(base + "/audit", Duration.ofSeconds(60),
                () -> api.getAfter(base + "/audit", last),
                response -> response.status() == 200 && response.json().get("entries").size() >= 4).json();
        JsonNode view = Eventually.value(base, Duration.ofSeconds(60), () -> api.getAfter(base, last),
                response -> response.status() == 200 && response.json().get("version").asLong() >= 3).json();

        assertThat(tokens.lostUpdates("audit-trail")).isPositive();
        assertThat(tokens.lostUpdates("episode-view")).isPositive();
        assertThat(LongStream.rangeClosed(1, 3).map(seq -> auditDeliveries.deliveries(episodeId, seq)).max().orElse(0))
                .as("an event of the lost batch reached the audit trail twice").isGreaterThanOrEqualTo(2);
        assertThat(episodeViewDeliveries.handled(episodeId)).as("the episode view saw the batch twice").hasSizeGreaterThan(4);

        List<Long> sequences = new ArrayList<>();
        trail.get("entries").forEach(entry -> sequences.add(entry.get("sequence").asLong()));
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L);
        JsonNode search = api.getAfter("/api/v1/audit?patientId=P-crash", last).json();
        assertThat(search.get("total").asLong()).as("one audit document per event").isEqualTo(4);
        assertThat(view.get("version").asLong()).isEqualTo(3);
        assertThat(view.get("patientClass").asText()).isEqualTo("INPATIENT");
        assertThat(view.get("caseManagerId").asText()).isEqualTo("CM-7");
        assertThat(view.get("classHistory")).as("the class change applied once").hasSize(2);
    }
}
