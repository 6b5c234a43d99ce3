package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A patient was admitted, opening the episode. {@code birthDate} was added to revision 1 as an
 * optional field: events stored without it read back with it null (decision 0016).
 */
@Revision("1")
public record PatientAdmittedEvent(
        String episodeId,
        String patientId,
        String facilityId,
        Instant occurredAt,
        PatientClass patientClass,
        Payer payer,
        String admitSource,
        String unit,
        String principalDiagnosis,
        boolean planned,
        LocalDate birthDate) implements EpisodeEvent {

    /** An admission whose birth date is not known (every admission recorded before birth dates were). */
    public PatientAdmittedEvent(String episodeId, String patientId, String facilityId, Instant occurredAt,
                                PatientClass patientClass, Payer payer, String admitSource, String unit,
                                String principalDiagnosis, boolean planned) {
        this(episodeId, patientId, facilityId, occurredAt, patientClass, payer, admitSource, unit,
                principalDiagnosis, planned, null);
    }
}
