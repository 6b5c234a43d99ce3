package org.caretrail.domain.patient.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A recipient is (or was, when effectiveTo is set) on the patient's care team; it replaces an earlier period. */
@Revision("1")
public record CareTeamMemberAssignedEvent(
        String patientId,
        String recipientId,
        CareRelationship relationship,
        Instant effectiveFrom,
        Instant effectiveTo) {
}
