package org.caretrail.projections.notification;

import java.time.Instant;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.notification.api.NotificationTrigger;

/**
 * An episode event that triggers notices (or, when {@code cancellation}, corrects earlier ones): where it stands in
 * the event store, when it happened clinically and when it was recorded.
 */
record TriggeringEvent(String eventId, long position, Instant recordedAt, String episodeId, String patientId,
                       String facilityId, Instant occurredAt, NotificationTrigger trigger, boolean cancellation,
                       PatientClass patientClass, String disposition, String destinationProviderId) {
}
