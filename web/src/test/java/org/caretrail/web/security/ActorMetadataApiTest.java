package org.caretrail.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;

@ApiTest
class ActorMetadataApiTest {

    @Test
    void everyEventRecordsTheSignedInUserAndRoleThatSentIt(Api api) {
        String id = api.as("case-manager").admit("P-actor", "F-1", "INPATIENT", "2026-03-01T10:00:00Z");
        Response transfer = api.as("integration").post("/api/v1/episodes/" + id + "/transfers", """
                {"toUnit":"ICU","effectiveAt":"2026-03-01T12:00:00Z"}""");
        assertThat(transfer.status()).isBetween(200, 299);

        JsonNode entries = api.as("compliance").getAfter("/api/v1/episodes/" + id + "/audit", transfer).json()
                .get("entries");

        assertThat(entries).hasSize(2);
        assertThat(entries.at("/0/actor").asText()).isEqualTo("case-manager");
        assertThat(entries.at("/0/role").asText()).isEqualTo("CASE_MANAGER");
        assertThat(entries.at("/0/source").asText()).isEqualTo("api");
        assertThat(entries.at("/1/actor").asText()).isEqualTo("integration");
        assertThat(entries.at("/1/role").asText()).isEqualTo("INTEGRATION");
    }
}
