package org.caretrail.web.signin;

import java.util.List;
import org.caretrail.infra.securitylog.SecurityLogPage;

/** One page of the security log, newest first, with the number of entries matching the search. */
public record SecurityLogListing(List<SignInRecord> items, int page, int size, long total) {

    static SecurityLogListing of(SecurityLogPage page) {
        return new SecurityLogListing(page.items().stream().map(SignInRecord::of).toList(), page.page(), page.size(),
                page.total());
    }

    /** RFC 4180 CSV, one entry a line. */
    String csv() {
        StringBuilder csv = new StringBuilder("at,user,address,outcome,reason\r\n");
        for (SignInRecord entry : items) {
            csv.append(String.join(",", org.caretrail.web.accesslog.AccessLogCsv.field(entry.at().toString()),
                    org.caretrail.web.accesslog.AccessLogCsv.field(entry.user()),
                    org.caretrail.web.accesslog.AccessLogCsv.field(entry.address()),
                    org.caretrail.web.accesslog.AccessLogCsv.field(entry.outcome()),
                    org.caretrail.web.accesslog.AccessLogCsv.field(entry.reason()))).append("\r\n");
        }
        return csv.toString();
    }
}
