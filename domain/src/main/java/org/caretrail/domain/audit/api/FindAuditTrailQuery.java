package org.caretrail.domain.audit.api;

/** Asks for every event ever recorded for one episode, in sequence order; answered with an {@link AuditTrail}. */
public record FindAuditTrailQuery(String episodeId) {
}
