package org.caretrail.infra.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored events outlive the code: a change to an event's JSON shape must be deliberate,
 * with a new revision and an upcaster, so every shape is pinned to an approved file. The JSON is the
 * production serializer's, so a change to its mapper shows here too.
 */
class EventContractTest {

    static final Path APPROVED = Path.of("src/test/resources/approved-events");

    private final Serializer serializer = CareTrailSerializers.jackson();
    private final ObjectMapper mapper = CareTrailSerializers.objectMapper();

    static Stream<EpisodeEvent> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEventSerializesToItsApprovedJson(EpisodeEvent event) throws IOException {
        String name = event.getClass().getSimpleName();
        SerializedObject<String> serialized = serializer.serialize(event, String.class);
        JsonNode actual = mapper.readTree(serialized.getData());
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
    void anEventReadBackFromItsApprovedJsonEqualsTheSample(EpisodeEvent event) throws IOException {
        Path approved = APPROVED.resolve(event.getClass().getSimpleName() + ".json");
        assertThat(Files.exists(approved)).as("approved file %s", approved).isTrue();
        String revision = serializer.serialize(event, String.class).getType().getRevision();

        Object readBack = serializer.deserialize(new SimpleSerializedObject<>(Files.readString(approved), String.class,
                event.getClass().getName(), revision));

        assertThat(readBack).isEqualTo(event);
    }

    @Test
    void everyEventHasASampleAndAnApprovedJsonFile() {
        List<Class<?>> sampled = SampleEvents.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).containsExactlyInAnyOrder(EpisodeEvent.class.getPermittedSubclasses());
        assertThat(EpisodeEvent.class.getPermittedSubclasses()).allSatisfy(event ->
                assertThat(Files.exists(APPROVED.resolve(event.getSimpleName() + ".json")))
                        .as("approved JSON for %s", event.getSimpleName()).isTrue());
    }

    private void writeReceived(Path received, JsonNode actual) throws IOException {
        Files.createDirectories(received.getParent());
        mapper.writerWithDefaultPrettyPrinter().writeValue(received.toFile(), actual);
    }
}
