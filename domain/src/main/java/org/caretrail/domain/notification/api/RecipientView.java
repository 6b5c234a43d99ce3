package org.caretrail.domain.notification.api;

import java.util.List;

/** A registered recipient as administrators see it; the signing secret is never shown. */
public record RecipientView(String recipientId, String name, DeliveryChannel channel, String endpoint,
                            List<NotificationTrigger> events, boolean includeDiagnosis) {
}
