package org.caretrail.projections.stay;

import java.time.Duration;
import java.time.Instant;

/** One stretch of an episode in class OBSERVATION; {@code end} is null while it goes on at asOf. */
public record ObservationPeriod(Instant start, Instant end) {

    /** How long it lasted, or has lasted by asOf while it goes on. */
    public Duration length(Instant asOf) {
        return Duration.between(start, end == null ? asOf : end);
    }
}
