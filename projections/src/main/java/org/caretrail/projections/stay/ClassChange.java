package org.caretrail.projections.stay;

import java.time.Instant;
import org.caretrail.domain.episode.api.PatientClass;

/** The patient class from an instant on: the admission's class, then each change. */
public record ClassChange(PatientClass patientClass, Instant from) {
}
