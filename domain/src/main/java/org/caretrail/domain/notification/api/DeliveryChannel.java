package org.caretrail.domain.notification.api;

/** How a recipient is told: a signed HTTPS webhook, or an HL7 v2 ADT message over MLLP. */
public enum DeliveryChannel {
    WEBHOOK,
    MLLP
}
