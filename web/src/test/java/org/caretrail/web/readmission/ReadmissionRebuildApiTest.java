package org.caretrail.web.readmission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.readmission.PatientSequencingPolicy;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rebuilding the readmission projection from the event store gives back the same timelines and rates. */
@ApiTest
class ReadmissionRebuildApiTest {

    @Autowired
    EventProcessingConfiguration processing;

    /** Without it the projection's segments would write one patient at once, which it no longer guards against. */
    @Test
    void theReadmissionProcessorIsSequencedByPatient() {
        assertThat(processing.sequencingPolicy(ProcessingGroups.READMISSION)).isInstanceOf(PatientSequencingPolicy.class);
    }

    @Test
    void aRebuiltProjectionAnswersExactlyAsBefore(Api api) {
        String patient = "P-" + UUID.randomUUID();
        String facility = "F-" + UUID.randomUUID();
        String index = admit(api, patient, facility, "2026-05-01T10:00:00Z");
        post(api, "/api/v1/episodes/" + index + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-05-04T10:00:00Z"}""");
        String observation = admit(api, patient, facility, "2026-05-10T10:00:00Z");
        post(api, "/api/v1/episodes/" + observation + "/class-changes", """
                {"patientClass":"OBSERVATION","effectiveAt":"2026-05-10T20:00:00Z"}""");
        post(api, "/api/v1/episodes/" + observation + "/discharge", """
                {"disposition":"01","dischargedAt":"2026-05-11T10:00:00Z"}""");
        String cancelled = admit(api, patient, facility, "2026-05-20T10:00:00Z");
        Response last = post(api, "/api/v1/episodes/" + cancelled + "/cancellation", """
                {"reason":"registered twice"}""");
        String timeline = "/api/v1/patients/" + patient + "/timeline?measure=ALL_STAYS_30&asOf=2026-05-15T00:00:00Z";
        String rate = "/api/v1/readmissions/rate?measure=ALL_STAYS_30&facilityId=" + facility
                + "&from=2026-05-01&to=2026-05-31&asOf=2026-07-01T00:00:00Z";
        JsonNode timelineBefore = api.getAfter(timeline, last).json();
        JsonNode rateBefore = api.getAfter(rate, last).json();
        assertThat(timelineBefore.get("stays")).hasSize(2);
        assertThat(rateBefore.get("readmitted").asLong()).isEqualTo(1);

        Response reset = api.post("/api/v1/admin/projections/readmission/reset", "");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(202);

        assertThat(api.getAfter(timeline, last).json()).isEqualTo(timelineBefore);
        assertThat(api.getAfter(rate, last).json()).isEqualTo(rateBefore);
    }

    private static String admit(Api api, String patient, String facility, String admittedAt) {
        String episodeId = "E-" + UUID.randomUUID();
        post(api, "/api/v1/episodes", """
                {"episodeId":"%s","patientId":"%s","facilityId":"%s","patientClass":"INPATIENT","admittedAt":"%s"}
                """.formatted(episodeId, patient, facility, admittedAt));
        return episodeId;
    }

    private static Response post(Api api, String path, String body) {
        Response response = api.post(path, body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }
}
