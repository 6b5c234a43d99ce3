package org.caretrail.domain.patient.api;

import java.util.List;

/** A patient's current care team and notification preference (null when none was ever recorded). */
public record CareTeamResponse(String patientId, List<CareTeamMemberView> members, PreferenceView preference) {
}
