package org.caretrail.projections.notification;

import java.time.Instant;

/** One recorded notification preference, with the global position and time of its recording. */
record PreferenceEntry(long position, boolean optOut, Instant effectiveAt, String reason, Instant recordedAt) {
}
