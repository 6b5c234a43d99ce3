package org.caretrail.projections.notification;

import java.util.List;
import org.caretrail.domain.notification.api.DeliveryChannel;
import org.caretrail.domain.notification.api.NotificationTrigger;

/** One registration (or change) of a recipient, with the global position of the event that recorded it. */
record RecipientEntry(long position, String recipientId, String name, DeliveryChannel channel, String endpoint,
                      List<NotificationTrigger> triggers, boolean includeDiagnosis) {

    boolean takes(NotificationTrigger trigger) {
        return triggers.contains(trigger);
    }
}
