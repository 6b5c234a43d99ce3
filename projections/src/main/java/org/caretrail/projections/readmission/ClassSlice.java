package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.Objects;

/** A stay's patient class from an instant on: the admission class from admittedAt, then each change. */
public record ClassSlice(StayClass patientClass, Instant from) {

    public ClassSlice {
        Objects.requireNonNull(patientClass, "patientClass");
        Objects.requireNonNull(from, "from");
    }
}
