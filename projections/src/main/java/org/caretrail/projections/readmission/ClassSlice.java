package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.Objects;
import org.caretrail.domain.episode.api.PatientClass;

/** A stay's patient class from an instant on: the admission class from admittedAt, then each change. */
public record ClassSlice(PatientClass patientClass, Instant from) {

    public ClassSlice {
        Objects.requireNonNull(patientClass, "patientClass");
        Objects.requireNonNull(from, "from");
    }
}
