package org.caretrail.projections.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import org.bson.Document;
import org.caretrail.domain.notification.api.NotificationStatus;

/**
 * The notification outbox ({@code notification_outbox}): one document per notice, inserted by routing in the batch
 * of its triggering event, then advanced by the delivery worker (status, attempts, lease). Field names here are the
 * contract with the worker in the infra module.
 */
final class OutboxDocuments {

    static final String OUTBOX = "notification_outbox";
    static final String EVENTS = "notification_events";

    private OutboxDocuments() {
    }

    /**
     * The notice's id, the same whenever the event is routed again: 20 hex digits (80 bits) of a hash of the event
     * and recipient, short enough to be an HL7 v2.5.1 message control id and the Standard Webhooks {@code webhook-id}.
     */
    static String notificationId(String eventId, String recipientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "\n" + recipientId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    static Document notice(TriggeringEvent event, Routed routed, String notificationId, int index, String diagnosis) {
        RecipientEntry recipient = routed.recipient();
        return new Document("_id", notificationId)
                .append("eventId", event.eventId())
                .append("position", event.position())
                // a recipient's notices are delivered in this order: the event store's, then routing's within an event
                .append("order", event.position() * 1000 + index)
                .append("recipientId", recipient.recipientId())
                .append("relationship", routed.relationship().name())
                .append("trigger", routed.trigger().name())
                .append("cancellation", routed.cancelsNotificationId() != null)
                .append("cancels", routed.cancelsNotificationId())
                .append("episodeId", event.episodeId())
                .append("patientId", event.patientId())
                .append("facilityId", event.facilityId())
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("recordedAt", Date.from(event.recordedAt()))
                .append("patientClass", event.patientClass() == null ? null : event.patientClass().name())
                .append("disposition", event.disposition())
                .append("diagnosis", recipient.includeDiagnosis() ? diagnosis : null)
                .append("channel", recipient.channel().name())
                .append("endpoint", recipient.endpoint())
                .append("status", (routed.suppressed() ? NotificationStatus.SUPPRESSED_OPT_OUT : NotificationStatus.PENDING).name())
                .append("attempts", 0)
                .append("nextAttemptAt", Date.from(event.recordedAt()));
    }

    /** A triggering event as the CoP report counts it: how many recipients it had, and whether an opt-out withheld them. */
    static Document triggeringEvent(TriggeringEvent event, int recipients, boolean optedOut) {
        return new Document("_id", event.eventId())
                .append("trigger", event.trigger().name())
                .append("episodeId", event.episodeId())
                .append("patientId", event.patientId())
                .append("facilityId", event.facilityId())
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("recordedAt", Date.from(event.recordedAt()))
                .append("month", month(event.occurredAt()))
                .append("recipients", recipients)
                .append("optedOut", optedOut);
    }

    static String month(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7);
    }
}
