package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;
import org.caretrail.domain.episode.api.PatientClass;

/** The patient class from an instant on, until the next slice: the admission opens the first one. */
public record ClassSlice(PatientClass patientClass, Instant from) {

    public ClassSlice {
        Objects.requireNonNull(patientClass, "patientClass");
        Objects.requireNonNull(from, "from");
    }
}
