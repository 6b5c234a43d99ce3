package org.caretrail.infra.securitylog;

import java.time.Instant;

/**
 * A filter over the security log; null fields do not filter.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record SecurityLogSearch(String user, String address, String outcome, Instant from, Instant to, int page,
                                int size) {

    public SecurityLogSearch {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must not be negative and size at least 1");
        }
    }
}
