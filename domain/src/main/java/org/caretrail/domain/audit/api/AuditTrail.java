package org.caretrail.domain.audit.api;

import java.util.List;

/** The complete, ordered audit trail of one episode. */
public record AuditTrail(String episodeId, List<AuditEntry> entries) {
}
