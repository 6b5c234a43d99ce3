package org.caretrail.infra.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.Document;

/**
 * Remembers the answer to every request sent with an {@code Idempotency-Key}, in MongoDB, so a
 * retry gets the first answer again on any instance and after a restart.
 *
 * <p>A key is claimed before the request runs and completed with its answer after; a request
 * that fails releases its key, so a corrected retry may use it. A claim left behind by a crashed
 * process is taken over once it is older than the abandon timeout.
 */
public final class IdempotencyStore {

    private static final String STATE = "state";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration abandonAfter;

    public IdempotencyStore(MongoDatabase database, Clock clock, Duration abandonAfter) {
        this.keys = database.getCollection("idempotency_keys").withWriteConcern(WriteConcern.MAJORITY);
        this.clock = clock;
        this.abandonAfter = abandonAfter;
    }

    /** Tries to claim the key for a request with this fingerprint (method, path and body). */
    public Claim claim(String key, String fingerprint) {
        Instant now = clock.instant();
        Document claim = new Document("_id", key).append("fingerprint", fingerprint)
                .append(STATE, IN_PROGRESS).append("claimedAt", Date.from(now));
        try {
            keys.insertOne(claim);
            return Claim.granted();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document existing = keys.find(Filters.eq("_id", key)).first();
        if (existing == null) {
            return claim(key, fingerprint); // released meanwhile
        }
        if (!fingerprint.equals(existing.getString("fingerprint"))) {
            return Claim.mismatch();
        }
        if (DONE.equals(existing.getString(STATE))) {
            return Claim.replay(toResponse(existing));
        }
        Date abandonedBefore = Date.from(now.minus(abandonAfter));
        Document taken = keys.findOneAndReplace(
                Filters.and(Filters.eq("_id", key), Filters.eq(STATE, IN_PROGRESS),
                        Filters.lt("claimedAt", abandonedBefore)),
                claim, new FindOneAndReplaceOptions());
        return taken != null ? Claim.granted() : Claim.inProgress();
    }

    /** Stores the answer of a request that succeeded. */
    public void complete(String key, StoredResponse response) {
        keys.updateOne(Filters.eq("_id", key), Updates.combine(
                Updates.set(STATE, DONE),
                Updates.set("status", response.status()),
                Updates.set("headers", new Document(new LinkedHashMap<>(response.headers()))),
                Updates.set("body", response.body()),
                Updates.set("completedAt", Date.from(clock.instant()))));
    }

    /** Forgets a claim whose request failed, so that a corrected request may use the key. */
    public void release(String key) {
        keys.deleteOne(Filters.and(Filters.eq("_id", key), Filters.eq(STATE, IN_PROGRESS)));
    }

    private static StoredResponse toResponse(Document done) {
        Map<String, String> headers = new LinkedHashMap<>();
        Document stored = done.get("headers", Document.class);
        if (stored != null) {
            stored.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return new StoredResponse(done.getInteger("status"), headers, done.getString("body"));
    }

    /** A response as it was first sent. */
    public record StoredResponse(int status, Map<String, String> headers, String body) {
    }

    /** The outcome of a claim. */
    public record Claim(Outcome outcome, StoredResponse response) {

        static Claim granted() {
            return new Claim(Outcome.GRANTED, null);
        }

        static Claim replay(StoredResponse response) {
            return new Claim(Outcome.REPLAY, response);
        }

        static Claim mismatch() {
            return new Claim(Outcome.KEY_REUSED_FOR_ANOTHER_REQUEST, null);
        }

        static Claim inProgress() {
            return new Claim(Outcome.IN_PROGRESS, null);
        }
    }

    /** What the caller should do with the request. */
    public enum Outcome { GRANTED, REPLAY, KEY_REUSED_FOR_ANOTHER_REQUEST, IN_PROGRESS }
}
