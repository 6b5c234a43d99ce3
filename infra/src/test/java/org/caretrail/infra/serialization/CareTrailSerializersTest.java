package org.caretrail.infra.serialization;

import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CareTrailSerializersTest {

    @Revision("2")
    record Discharged(String episodeId, Instant dischargedAt, LocalDate followUpBy) {
    }

    private final Serializer serializer = CareTrailSerializers.jackson();

    @Test
    void instantsAndDatesAreWrittenAsIsoText() {
        SerializedObject<String> json = serializer.serialize(
                new Discharged("ep-1", Instant.parse("2025-03-01T10:15:30Z"), LocalDate.parse("2025-03-08")),
                String.class);

        assertThat(json.getData()).isEqualTo(
                "{\"episodeId\":\"ep-1\",\"dischargedAt\":\"2025-03-01T10:15:30Z\",\"followUpBy\":\"2025-03-08\"}");
    }

    @Test
    void theRevisionComesFromTheAnnotation() {
        SerializedObject<String> json = serializer.serialize(
                new Discharged("ep-1", Instant.EPOCH, LocalDate.EPOCH), String.class);

        assertThat(json.getType().getRevision()).isEqualTo("2");
    }

    @Test
    void unknownFieldsInStoredJsonAreIgnored() {
        String stored = "{\"episodeId\":\"ep-1\",\"dischargedAt\":\"2025-03-01T10:15:30Z\",\"followUpBy\":null,"
                + "\"removedLater\":true}";

        Discharged read = serializer.deserialize(
                new SimpleSerializedObject<>(stored, String.class, Discharged.class.getName(), "2"));

        assertThat(read).isEqualTo(new Discharged("ep-1", Instant.parse("2025-03-01T10:15:30Z"), null));
    }
}
