package org.caretrail.domain.notification.api;

import java.util.List;

/** One page of the delivery log. */
public record NotificationPage(List<NotificationView> items, int page, int size, long total) {
}
