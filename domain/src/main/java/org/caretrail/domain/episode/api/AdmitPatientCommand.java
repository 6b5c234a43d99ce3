package org.caretrail.domain.episode.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Admits a patient, opening the episode (HL7 A01/A04); repeating it with identical content records
 * nothing. {@code birthDate} (HL7 PID-7) is optional.
 */
public record AdmitPatientCommand(
        @TargetAggregateIdentifier String episodeId,
        String patientId,
        String facilityId,
        PatientClass patientClass,
        Instant admittedAt,
        Payer payer,
        String admitSource,
        String unit,
        String principalDiagnosis,
        boolean planned,
        LocalDate birthDate) {

    /** An admission whose birth date is not known. */
    public AdmitPatientCommand(String episodeId, String patientId, String facilityId, PatientClass patientClass,
                               Instant admittedAt, Payer payer, String admitSource, String unit,
                               String principalDiagnosis, boolean planned) {
        this(episodeId, patientId, facilityId, patientClass, admittedAt, payer, admitSource, unit,
                principalDiagnosis, planned, null);
    }
}
