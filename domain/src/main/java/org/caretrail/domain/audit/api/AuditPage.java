package org.caretrail.domain.audit.api;

import java.util.List;

/** One page of audit entries with the total count of matches. */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
}
