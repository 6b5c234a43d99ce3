package org.caretrail.domain.episode.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Admits a patient, opening the episode (HL7 A01/A04); repeating it with identical content records nothing. */
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
        boolean planned) {
}
