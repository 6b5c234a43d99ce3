package org.caretrail.domain.audit.api;

import java.time.Instant;

/**
 * Asks for the entries of an episode's audit trail recorded at or before {@code knownAt}; answered with an
 * {@link AuditTrail}, or nothing when none was recorded by then.
 */
public record FindAuditTrailKnownAtQuery(String episodeId, Instant knownAt) {
}
