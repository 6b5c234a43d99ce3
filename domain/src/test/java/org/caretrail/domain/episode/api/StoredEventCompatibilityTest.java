package org.caretrail.domain.episode.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Events stored before a field was added to their revision must still read back (decision 0016):
 * the files here are exact copies of JSON that earlier versions of CareTrail wrote.
 */
class StoredEventCompatibilityTest {

    private static final Path STORED = Path.of("src/test/resources/stored-events");

    // as the production JacksonSerializer reads: unknown fields ignored, missing ones null
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void anAdmissionStoredBeforeBirthDatesReadsBackWithNoBirthDate() throws IOException {
        PatientAdmittedEvent read = mapper.readValue(
                STORED.resolve("PatientAdmittedEvent-before-birthDate.json").toFile(), PatientAdmittedEvent.class);

        assertThat(read).isEqualTo(new PatientAdmittedEvent("ep-1", "pat-1", "fac-1",
                Instant.parse("2026-03-01T10:00:00Z"), PatientClass.INPATIENT, Payer.MEDICARE_ADVANTAGE,
                "EMERGENCY_ROOM", "4W", "I50.9", true));
        assertThat(read.birthDate()).isNull();
    }
}
