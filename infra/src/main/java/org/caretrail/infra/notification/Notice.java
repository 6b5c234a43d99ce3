package org.caretrail.infra.notification;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/** A notice as the worker reads it from the outbox: what to say, to whom, over which channel. */
public record Notice(String notificationId, String recipientId, String channel, String endpoint, String trigger,
                     boolean cancellation, String cancels, String patientId, String episodeId, String facilityId,
                     Instant occurredAt, Instant recordedAt, String patientClass, String disposition,
                     String diagnosis, int attempts, Instant firstAttemptAt) {

    static Notice of(Document d) {
        return new Notice(d.getString("_id"), d.getString("recipientId"), d.getString("channel"),
                d.getString("endpoint"), d.getString("trigger"), d.getBoolean("cancellation", false),
                d.getString("cancels"), d.getString("patientId"), d.getString("episodeId"), d.getString("facilityId"),
                instant(d.getDate("occurredAt")), instant(d.getDate("recordedAt")), d.getString("patientClass"),
                d.getString("disposition"), d.getString("diagnosis"), d.getInteger("attempts", 0),
                instant(d.getDate("firstAttemptAt")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
