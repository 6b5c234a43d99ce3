package org.caretrail.domain.patient.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Names a notification recipient as a member of the patient's care team for a period (effectiveTo open: still). */
public record AssignCareTeamMemberCommand(
        String patientId,
        String recipientId,
        CareRelationship relationship,
        Instant effectiveFrom,
        Instant effectiveTo) {

    @TargetAggregateIdentifier
    public String streamId() {
        return PatientStreams.of(patientId);
    }
}
