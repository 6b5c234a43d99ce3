package org.caretrail.infra.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.caretrail.domain.notification.api.*;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.NotificationRecipientRegisteredEvent;
import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.patient.api.*;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The patient and recipient events pinned to approved JSON files by the production mapper, as the episode events are. */
class PatientEventContractTest {

    private static final Path APPROVED = Path.of("src/test/resources/approved-events");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private final ObjectMapper mapper = CareTrailSerializers.objectMapper();

    static Stream<Object> samples() {
        return Stream.of(
                new CareTeamMemberAssignedEvent("pat-1", "pcp-1", CareRelationship.PRIMARY_CARE, AT,
                        Instant.parse("2026-09-01T00:00:00Z")),
                new NotificationPreferenceRecordedEvent("pat-1", true, AT, "asked at registration"),
                new NotificationRecipientRegisteredEvent("pcp-1", "Elm St practice", DeliveryChannel.WEBHOOK,
                        "https://elm.example/hooks", List.of(NotificationTrigger.ADMISSION), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void anEventSerializesToItsApprovedJsonAndBack(Object event) throws IOException {
        String name = event.getClass().getSimpleName();
        Path approved = APPROVED.resolve(name + ".json");
        JsonNode actual = mapper.valueToTree(event);
        if (!Files.exists(approved)) {
            Path received = APPROVED.resolve(name + ".received.json");
            mapper.writerWithDefaultPrettyPrinter().writeValue(received.toFile(), actual);
        }
        assertThat(approved).as("approved JSON for %s", name).exists();
        assertThat(actual).isEqualTo(mapper.readTree(approved.toFile()));
        assertThat(mapper.readValue(approved.toFile(), event.getClass())).isEqualTo(event);
        assertThat(event.getClass().getAnnotation(Revision.class)).as("@Revision on %s", name).isNotNull();
    }
}
