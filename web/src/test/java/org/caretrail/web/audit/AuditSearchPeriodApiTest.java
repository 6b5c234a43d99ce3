package org.caretrail.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The audit search's period is half-open on the recorded time: {@code from} inclusive, {@code to} exclusive, so
 * that consecutive periods (one day, the next day) list every entry exactly once.
 */
@ApiTest
class AuditSearchPeriodApiTest {

    @Test
    void anEntryRecordedAtFromIsListedAndOneRecordedAtToIsNot(Api api) {
        String patient = "P-AUDIT-PERIOD-" + UUID.randomUUID();
        String episode = api.admit(patient, "F-AUDIT", "INPATIENT", "2026-03-01T10:00:00Z");
        Response last = api.post("/api/v1/episodes/" + episode + "/transfers",
                "{\"toUnit\":\"4W\",\"effectiveAt\":\"2026-03-01T12:00:00Z\"}").expectSuccess();
        JsonNode items = api.readAfter("/api/v1/audit?patientId=" + patient, last).get("items");
        assertThat(items).hasSize(2);
        // newest first: the admission is the second
        Instant admitted = Instant.parse(items.get(1).get("recordedAt").asText());
        Instant transferred = Instant.parse(items.get(0).get("recordedAt").asText());
        assertThat(transferred).isAfter(admitted);

        assertThat(sequences(api, patient, "&from=" + admitted)).containsExactly(1, 0);
        assertThat(sequences(api, patient, "&to=" + transferred)).containsExactly(0);
        assertThat(sequences(api, patient, "&from=" + admitted + "&to=" + admitted)).isEmpty();
        assertThat(sequences(api, patient, "&from=" + admitted + "&to=" + admitted.plusMillis(1))).containsExactly(0);
    }

    private static List<Integer> sequences(Api api, String patient, String period) {
        JsonNode items = api.get("/api/v1/audit?patientId=" + patient + period).expect(200).json().get("items");
        List<Integer> sequences = new ArrayList<>();
        items.forEach(item -> sequences.add(item.get("sequence").asInt()));
        return sequences;
    }
}
