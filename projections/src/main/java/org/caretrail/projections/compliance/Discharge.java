package org.caretrail.projections.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * The episode's current discharge, with its two-digit UB-04 disposition, or none while it is not known yet (an HL7 A03
 * without PV1-36): then {@code TCM_CONTACT} is open with no due until a recorded disposition completes it.
 */
public record Discharge(Instant dischargedAt, String disposition) {

    public Discharge {
        Objects.requireNonNull(dischargedAt, "dischargedAt");
    }
}
