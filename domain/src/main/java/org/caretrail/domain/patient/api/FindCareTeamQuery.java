package org.caretrail.domain.patient.api;

import java.time.Instant;

/** The patient's care team members whose period covers asOf, and the preference in force at asOf. */
public record FindCareTeamQuery(String patientId, Instant asOf) {
}
