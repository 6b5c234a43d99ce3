package org.caretrail.infra.accesslog;

import java.util.List;

/** One page of access log entries, newest first, with the number of entries matching the search. */
public record AccessLogPage(List<AccessEntry> items, int page, int size, long total) {
}
