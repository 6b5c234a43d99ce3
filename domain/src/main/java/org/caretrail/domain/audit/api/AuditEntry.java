package org.caretrail.domain.audit.api;

import java.time.Instant;
import java.util.Map;

/** One recorded event as an auditor reads it: what, when it happened, when and by whom it was recorded. */
public record AuditEntry(
        String episodeId,
        String patientId,
        String facilityId,
        long sequence,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String role,
        String source,
        String sourceMessageId,
        String correlationId,
        Map<String, Object> data) {
}
