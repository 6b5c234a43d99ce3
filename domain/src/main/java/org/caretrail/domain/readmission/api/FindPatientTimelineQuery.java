package org.caretrail.domain.readmission.api;

import java.time.Instant;

/** Asks for a patient's stays judged for one measure at asOf; answered with a {@link PatientTimelineResponse}, or nothing. */
public record FindPatientTimelineQuery(String patientId, ReadmissionMeasure measure, Instant asOf) {
}
