package org.caretrail.domain.notification.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A recipient was registered or its registration changed; its signing secret is never part of an event. */
@Revision("1")
public record NotificationRecipientRegisteredEvent(
        String recipientId,
        String name,
        DeliveryChannel channel,
        String endpoint,
        List<NotificationTrigger> triggers,
        boolean includeDiagnosis) {
}
