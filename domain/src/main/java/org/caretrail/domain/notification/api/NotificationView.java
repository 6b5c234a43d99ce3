package org.caretrail.domain.notification.api;

import java.time.Instant;
import org.caretrail.domain.patient.api.CareRelationship;

/** One entry of the delivery log: one notice (or cancellation notice) of one event to one recipient. */
public record NotificationView(
        String notificationId,
        NotificationTrigger trigger,
        boolean cancellation,
        String cancelsNotificationId,
        String episodeId,
        String patientId,
        String facilityId,
        String recipientId,
        CareRelationship relationship,
        NotificationStatus status,
        int attempts,
        Instant occurredAt,
        Instant recordedAt,
        Instant firstAttemptAt,
        Instant deliveredAt,
        String lastError) {
}
