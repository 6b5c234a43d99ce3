package org.caretrail.domain.episode.api;

import java.time.Instant;

/** One procedure of an episode's final coding; {@code system} absent in a command means ICD10PCS. */
public record CodedProcedure(
        String code,
        ProcedureCodeSystem system,
        Instant performedAt) {
}
