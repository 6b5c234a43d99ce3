package org.caretrail.infra.securitylog;

import java.util.List;

/** One page of the security log, newest first, with the number of entries matching the search. */
public record SecurityLogPage(List<SignInEntry> items, int page, int size, long total) {
}
