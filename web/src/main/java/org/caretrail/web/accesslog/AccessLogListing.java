package org.caretrail.web.accesslog;

import java.util.List;
import org.caretrail.infra.accesslog.AccessLogPage;

/** One page of the access log, newest first, with the number of entries matching the search. */
public record AccessLogListing(List<AccessRecord> items, int page, int size, long total) {

    static AccessLogListing of(AccessLogPage page) {
        return new AccessLogListing(page.items().stream().map(AccessRecord::of).toList(), page.page(), page.size(),
                page.total());
    }
}
