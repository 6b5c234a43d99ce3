package org.caretrail.domain.notification.api;

import java.time.Instant;

/** The delivery log filtered by patient, recipient, status and the triggering event's recording time, newest first. */
public record FindNotificationsQuery(String patientId, String recipientId, NotificationStatus status, Instant from,
                                     Instant to, int page, int size) {
}
