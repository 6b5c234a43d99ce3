package org.caretrail.domain.episode.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class MessageConventionsTest {

    @Test
    void theApiPackageHasEveryCommandAndEvent() {
        assertThat(ApiClasses.endingWith("Command")).hasSize(20);
        assertThat(ApiClasses.events()).hasSize(20);
    }

    /** The sealed interface makes "every event carries episode, patient, facility and clinical time" a compile-time fact. */
    @Test
    void everyEventOfThePackageIsAnEpisodeEvent() {
        assertThat(ApiClasses.events())
                .containsExactlyInAnyOrder(EpisodeEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyEventIsARecordWithARevision() {
        assertThat(EpisodeEvent.class.getPermittedSubclasses()).allSatisfy(event -> {
            assertThat(event.isRecord()).as("%s is a record", event.getSimpleName()).isTrue();
            assertThat(event.getAnnotation(Revision.class)).as("%s has @Revision", event.getSimpleName())
                    .isNotNull();
        });
    }

    /** Jackson writes record components in order: the four shared fields lead every stored event. */
    @Test
    void everyEventCarriesTheEpisodePatientFacilityAndClinicalTimeFirst() {
        assertThat(EpisodeEvent.class.getPermittedSubclasses()).allSatisfy(event ->
                assertThat(componentNames(event)).as(event.getSimpleName())
                        .startsWith("episodeId", "patientId", "facilityId", "occurredAt"));
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
