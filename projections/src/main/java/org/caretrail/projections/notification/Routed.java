package org.caretrail.projections.notification;

import org.caretrail.domain.notification.api.NotificationTrigger;
import org.caretrail.domain.patient.api.CareRelationship;

/**
 * One notice of a triggering event to one recipient (a cancellation notice when it cancels an earlier one): how the
 * recipient relates to the patient, and whether an opt-out withholds it.
 */
record Routed(RecipientEntry recipient, CareRelationship relationship, NotificationTrigger trigger, boolean suppressed,
              String cancelsNotificationId) {
}
