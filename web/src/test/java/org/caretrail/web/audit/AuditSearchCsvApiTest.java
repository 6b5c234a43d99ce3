package org.caretrail.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.JsonOrCsvAccepts;
import org.caretrail.web.testing.Negotiated;
import org.junit.jupiter.api.Test;

/** The audit search as CSV for auditors' spreadsheets. */
@ApiTest
class AuditSearchCsvApiTest {

    private final Api api;

    AuditSearchCsvApiTest(Api api) {
        this.api = api;
    }

    @Test
    void eachEntryIsOneLineWithItsTimesActorAndData() {
        String patient = "P-AUDIT-CSV-" + UUID.randomUUID();
        String episode = api.admit(patient, "F-AUDIT", "INPATIENT", "2026-03-01T10:00:00Z");
        Response last = api.post("/api/v1/episodes/" + episode + "/transfers",
                "{\"toUnit\":\"4W, east\",\"effectiveAt\":\"2026-03-01T12:00:00Z\"}");

        Response csv = api.get("/api/v1/audit?patientId=" + patient, Map.of("Accept", "text/csv",
                "CareTrail-Position", last.header("CareTrail-Position").orElseThrow()));

        var lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("recordedAt,occurredAt,episodeId,patientId,facilityId,sequence,type,actor,"
                + "role,source,sourceMessageId,correlationId,data");
        assertThat(lines.get(1)).contains(",2026-03-01T12:00:00Z," + episode + "," + patient + ",F-AUDIT,1,")
                .contains(",tester,").contains("4W, east");
        assertThat(lines.get(2)).contains(",2026-03-01T10:00:00Z," + episode + "," + patient + ",F-AUDIT,0,");
    }

    @JsonOrCsvAccepts
    void negotiatesJsonOrCsv(String accept, int status, String contentType) {
        Negotiated.assertAnswered(api.get("/api/v1/audit?patientId=P-NOBODY", Negotiated.accept(accept)), status,
                contentType);
    }
}
