package org.caretrail.domain.episode.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored events outlive the code: a change to an event's JSON shape must be deliberate,
 * with a new revision and an upcaster, so every shape is pinned to an approved file.
 */
class EventContractTest {

    static final Path APPROVED = Path.of("src/test/resources/approved-events");

    // configured as the production JacksonSerializer's mapper: ISO-8601 instants, not numbers
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static Stream<Object> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEventSerializesToItsApprovedJson(Object event) throws IOException {
        String name = event.getClass().getSimpleName();
        JsonNode actual = mapper.valueToTree(event);
        Path approved = APPROVED.resolve(name + ".json");
        Path received = APPROVED.resolve(name + ".received.json");
        if (!Files.exists(approved)) {
            writeReceived(received, actual);
            fail("No approved JSON for " + name + "; review " + received + " and rename it to " + approved);
        }
        JsonNode expected = mapper.readTree(approved.toFile());
        if (!expected.equals(actual)) {
            writeReceived(received, actual);
        }
        assertThat(actual).as("JSON of %s (see %s)", name, received).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEventReadBackFromItsApprovedJsonEqualsTheSample(Object event) throws IOException {
        Path approved = APPROVED.resolve(event.getClass().getSimpleName() + ".json");
        assertThat(Files.exists(approved)).as("approved file %s", approved).isTrue();

        Object readBack = mapper.readValue(approved.toFile(), event.getClass());

        assertThat(readBack).isEqualTo(event);
    }

    private void writeReceived(Path received, JsonNode actual) throws IOException {
        Files.createDirectories(received.getParent());
        mapper.writerWithDefaultPrettyPrinter().writeValue(received.toFile(), actual);
    }
}
