package org.caretrail.domain.notification.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a practice, payer or post-acute provider to be notified, or changes its registration. */
public record RegisterNotificationRecipientCommand(
        String recipientId,
        String name,
        DeliveryChannel channel,
        String endpoint,
        List<NotificationTrigger> triggers,
        boolean includeDiagnosis) {

    @TargetAggregateIdentifier
    public String streamId() {
        return RecipientStreams.of(recipientId);
    }
}
