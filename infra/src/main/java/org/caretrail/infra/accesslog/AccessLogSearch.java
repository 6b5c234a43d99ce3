package org.caretrail.infra.accesslog;

import java.time.Instant;

/**
 * A filter over the access log; null fields do not filter.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AccessLogSearch(String user, String patientId, Instant from, Instant to, int page, int size) {

    public AccessLogSearch {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
    }
}
