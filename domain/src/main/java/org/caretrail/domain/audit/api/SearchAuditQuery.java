package org.caretrail.domain.audit.api;

import java.time.Instant;

/** Audit entries across episodes, filtered (nulls match anything) by recorded time, newest first, paged. */
public record SearchAuditQuery(String patientId, String facilityId, String actor, String type,
                               Instant from, Instant to, int page, int size) {
}
