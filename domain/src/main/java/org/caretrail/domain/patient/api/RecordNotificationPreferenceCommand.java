package org.caretrail.domain.patient.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records whether the patient objects to event notifications from a clinical time on. */
public record RecordNotificationPreferenceCommand(
        String patientId,
        Boolean optOut,
        Instant effectiveAt,
        String reason) {

    @TargetAggregateIdentifier
    public String streamId() {
        return PatientStreams.of(patientId);
    }
}
