package org.caretrail.domain.episode.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class MessageConventionsTest {

    @Test
    void theApiPackageHasEveryCommandAndEvent() {
        assertThat(ApiClasses.endingWith("Command")).hasSize(20);
        assertThat(ApiClasses.endingWith("Event")).hasSize(20);
    }

    @Test
    void everyEventIsARecordWithARevision() {
        assertThat(ApiClasses.endingWith("Event")).allSatisfy(event -> {
            assertThat(event.isRecord()).as("%s is a record", event.getSimpleName()).isTrue();
            assertThat(event.getAnnotation(Revision.class)).as("%s has @Revision", event.getSimpleName())
                    .isNotNull();
        });
    }

    @Test
    void everyEventCarriesTheEpisodePatientFacilityAndClinicalTime() {
        assertThat(ApiClasses.endingWith("Event")).allSatisfy(event ->
                assertThat(componentNames(event)).as(event.getSimpleName())
                        .startsWith("episodeId", "patientId", "facilityId", "occurredAt"));
    }

    @Test
    void everyEventHasASampleAndAnApprovedJsonFile() {
        List<Class<?>> sampled = SampleEvents.all().stream().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(ApiClasses.endingWith("Event"));
        assertThat(ApiClasses.endingWith("Event")).allSatisfy(event ->
                assertThat(Files.exists(EventContractTest.APPROVED.resolve(event.getSimpleName() + ".json")))
                        .as("approved JSON for %s", event.getSimpleName()).isTrue());
    }

    @Test
    void everyCommandTargetsTheEpisodeById() throws NoSuchFieldException {
        for (Class<?> command : ApiClasses.endingWith("Command")) {
            assertThat(command.isRecord()).as("%s is a record", command.getSimpleName()).isTrue();
            assertThat(command.getDeclaredField("episodeId").isAnnotationPresent(TargetAggregateIdentifier.class))
                    .as("%s.episodeId has @TargetAggregateIdentifier", command.getSimpleName()).isTrue();
        }
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
