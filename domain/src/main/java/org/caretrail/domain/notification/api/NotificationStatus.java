package org.caretrail.domain.notification.api;

/** Where a notification stands: waiting or retrying, delivered, dead after its attempts, or withheld by an opt-out. */
public enum NotificationStatus {
    PENDING,
    DELIVERED,
    FAILED,
    SUPPRESSED_OPT_OUT
}
