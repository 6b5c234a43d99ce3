package org.caretrail.domain.notification.api;

/** The events 42 CFR 482.24(d) requires the hospital to notify the care team of. */
public enum NotificationTrigger {
    ED_REGISTRATION,
    ADMISSION,
    DISCHARGE,
    TRANSFER
}
