package org.caretrail.domain.notification.api;

import java.util.List;

/** One page of registered recipients. */
public record RecipientPage(List<RecipientView> items, int page, int size, long total) {
}
