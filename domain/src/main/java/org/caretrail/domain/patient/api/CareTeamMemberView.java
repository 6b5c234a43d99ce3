package org.caretrail.domain.patient.api;

import java.time.Instant;

/** One member of a patient's care team, with the period of the membership. */
public record CareTeamMemberView(String recipientId, CareRelationship relationship, Instant effectiveFrom,
                                 Instant effectiveTo) {
}
