package org.caretrail.domain.patient.api;

import java.time.Instant;

/** The patient's notification preference in force, and when it was recorded. */
public record PreferenceView(boolean optOut, Instant effectiveAt, String reason, Instant recordedAt) {
}
