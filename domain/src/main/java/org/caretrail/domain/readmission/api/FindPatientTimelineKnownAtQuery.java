package org.caretrail.domain.readmission.api;

import java.time.Instant;

/**
 * Asks for a patient's stays judged for one measure at {@code asOf} from the events recorded by {@code knownAt};
 * answered with a {@link PatientTimelineResponse}, or nothing when none of the patient's episodes was recorded by then.
 */
public record FindPatientTimelineKnownAtQuery(String patientId, ReadmissionMeasure measure, Instant asOf,
                                              Instant knownAt) {
}
