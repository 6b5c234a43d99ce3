package org.caretrail.domain.notification.api;

/** The registered recipients, by recipient id, one page. */
public record FindRecipientsQuery(int page, int size) {
}
