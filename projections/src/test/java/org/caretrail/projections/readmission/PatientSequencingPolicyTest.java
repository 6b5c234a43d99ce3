package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.junit.jupiter.api.Test;

class PatientSequencingPolicyTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private final PatientSequencingPolicy policy = new PatientSequencingPolicy();

    @Test
    void eventsOfOnePatientShareASequenceWhateverTheirEpisode() {
        Object first = policy.getSequenceIdentifierFor(message("E-1", 0, new PatientAdmittedEvent("E-1", "P-1", "F-1",
                AT, PatientClass.INPATIENT, Payer.MEDICARE, null, null, "I50.9", false)));
        Object second = policy.getSequenceIdentifierFor(message("E-2", 3, new PatientDischargedEvent("E-2", "P-1",
                "F-2", AT, "01", null, PatientClass.INPATIENT)));

        assertThat(first).isEqualTo(second).isEqualTo("P-1");
    }

    @Test
    void eventsOfTwoPatientsOfOneFacilityDoNot() {
        Object one = policy.getSequenceIdentifierFor(message("E-1", 0, new PatientDischargedEvent("E-1", "P-1", "F-1",
                AT, "01", null, PatientClass.INPATIENT)));
        Object other = policy.getSequenceIdentifierFor(message("E-2", 0, new PatientDischargedEvent("E-2", "P-2",
                "F-1", AT, "01", null, PatientClass.INPATIENT)));

        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void anEventThatIsNoEpisodeEventIsSequencedByItsAggregate() {
        assertThat(policy.getSequenceIdentifierFor(message("E-9", 0, "something else"))).isEqualTo("E-9");
    }

    private static GenericDomainEventMessage<Object> message(String episodeId, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Episode", episodeId, sequence, payload);
    }
}
