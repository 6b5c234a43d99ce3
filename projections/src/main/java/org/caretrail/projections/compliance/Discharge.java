package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;

/** The episode's current discharge, with its two-digit UB-04 disposition. */
public record Discharge(Instant dischargedAt, String disposition) {

    public Discharge {
        Objects.requireNonNull(dischargedAt, "dischargedAt");
        Objects.requireNonNull(disposition, "disposition");
    }
}
