package org.caretrail.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.caretrail.infra.mongo.MongoConnection;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** Health reflects a real outage, and commands fail fast and clearly while the database is gone. */
@ApiTest
@DirtiesContext
// Always its own embedded server, even when MONGODB_URI names a shared one: this test stops it.
@TestPropertySource(properties = "caretrail.storage.mongodb-uri=")
class StorageOutageApiTest {

    @Autowired
    MongoConnection connection;

    @Test
    void healthGoesDownAndCommandsAreA503WhileTheDatabaseIsGone(Api api) {
        assertThat(api.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");

        connection.embeddedServer().orElseThrow().close();

        Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().at("/components/mongo/status").asText()).isEqualTo("DOWN");
        long started = System.nanoTime();
        Response admission = api.post("/api/v1/episodes", """
                {"patientId":"P-1","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"}""");
        assertThat(admission.status()).as(admission.toString()).isEqualTo(503);
        assertThat(admission.header("Retry-After")).isPresent();
        assertThat(System.nanoTime() - started).as("answers instead of hanging").isLessThan(20_000_000_000L);
    }
}
