package org.caretrail.domain.episode;

import java.time.Instant;
import org.caretrail.domain.episode.api.PatientClass;

/** The patient class in effect from an instant on, until the next slice. */
record ClassSlice(PatientClass patientClass, Instant from) {
}
