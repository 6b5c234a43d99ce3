package org.caretrail.infra.notification;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The worker's side of the outbox routing writes ({@code notification_outbox}): which notice is next for each
 * recipient, claiming it under a lease so that one instance at a time delivers it, and recording each attempt.
 * Only the oldest pending notice of a recipient can be claimed, which keeps a recipient's notices in order.
 */
final class NotificationOutbox {

    static final String COLLECTION = "notification_outbox";
    private static final String PENDING = "PENDING";

    private final MongoCollection<Document> outbox;

    NotificationOutbox(MongoDatabase database) {
        this.outbox = database.getCollection(COLLECTION);
    }

    /** The head (oldest pending notice) of every recipient with pending notices, by recipient. */
    Map<String, Document> heads() {
        Map<String, Document> heads = new LinkedHashMap<>();
        outbox.find(eq("status", PENDING))
                .projection(Projections.include("recipientId", "order", "nextAttemptAt", "leaseUntil"))
                .forEach(notice -> heads.merge(notice.getString("recipientId"), notice,
                        (known, other) -> order(other) < order(known) ? other : known));
        return heads;
    }

    /** The recipient's head, if it is due and no live lease holds it. */
    Optional<Document> dueHead(String recipientId, Instant now) {
        Document head = null;
        for (Document notice : outbox.find(and(eq("status", PENDING), eq("recipientId", recipientId)))
                .projection(Projections.include("recipientId", "order", "nextAttemptAt", "leaseUntil"))) {
            if (head == null || order(notice) < order(head)) {
                head = notice;
            }
        }
        return Optional.ofNullable(head).filter(notice -> isDue(notice, now));
    }

    static boolean isDue(Document head, Instant now) {
        Date next = head.getDate("nextAttemptAt");
        Date lease = head.getDate("leaseUntil");
        return (next == null || !next.toInstant().isAfter(now)) && (lease == null || lease.toInstant().isBefore(now));
    }

    /**
     * Takes the lease on a pending notice whose lease is free or expired; empty when another instance holds it or it
     * is no longer pending. The document is returned as it was before the update, which the embedded server keeps
     * atomic under concurrent claims.
     */
    Optional<Notice> claim(String notificationId, String claim, Instant now, Instant leaseUntil) {
        Bson free = or(eq("leaseUntil", null), lt("leaseUntil", Date.from(now)));
        Document before = outbox.findOneAndUpdate(and(eq("_id", notificationId), eq("status", PENDING), free),
                Updates.combine(Updates.set("leaseOwner", claim), Updates.set("leaseUntil", Date.from(leaseUntil))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        return Optional.ofNullable(before).map(Notice::of);
    }

    /** Records a delivery; false when the lease was lost meanwhile (another instance then delivers it again). */
    boolean delivered(Notice notice, String claim, Instant now) {
        return outbox.updateOne(and(eq("_id", notice.notificationId()), eq("leaseOwner", claim)), Updates.combine(
                Updates.set("status", "DELIVERED"), Updates.set("deliveredAt", Date.from(now)),
                Updates.set("attempts", notice.attempts() + 1), firstAttempt(notice, now), Updates.unset("lastError"),
                Updates.unset("leaseOwner"), Updates.unset("leaseUntil"))).getModifiedCount() == 1;
    }

    /** Records a failed attempt: due again at {@code nextAttemptAt}, or dead ({@code FAILED}) when it was the last. */
    boolean failed(Notice notice, String claim, Instant now, String error, boolean dead, Instant nextAttemptAt) {
        return outbox.updateOne(and(eq("_id", notice.notificationId()), eq("leaseOwner", claim)), Updates.combine(
                Updates.set("status", dead ? "FAILED" : PENDING), Updates.set("attempts", notice.attempts() + 1),
                firstAttempt(notice, now), Updates.set("lastError", error),
                Updates.set("nextAttemptAt", Date.from(nextAttemptAt)),
                Updates.unset("leaseOwner"), Updates.unset("leaseUntil"))).getModifiedCount() == 1;
    }

    long countPending() {
        return outbox.countDocuments(eq("status", PENDING));
    }

    private static Bson firstAttempt(Notice notice, Instant now) {
        return Updates.set("firstAttemptAt", Date.from(notice.firstAttemptAt() == null ? now : notice.firstAttemptAt()));
    }

    private static long order(Document notice) {
        return ((Number) notice.get("order")).longValue();
    }
}
