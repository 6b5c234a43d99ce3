package org.caretrail.infra.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import java.util.concurrent.atomic.AtomicLong;

/** Hands out global positions, starting at 1, from a single counter document. */
final class PositionAllocator {

    private static final String COUNTER_ID = "globalPosition";
    private static final String VALUE = "value";
    private static final Bson COUNTER = Filters.eq("_id", COUNTER_ID);

    private final MongoCollection<BsonDocument> counters;
    // The highest counter value this engine has read or moved to: its trackers read the counter on every fetch.
    private final AtomicLong highestSeen = new AtomicLong();

    PositionAllocator(MongoCollection<BsonDocument> counters) {
        this.counters = counters;
    }

    /** Reserves {@code count} consecutive positions and returns the first. */
    long allocate(int count) {
        // The document BEFORE the increment: the AFTER form handed out duplicates under load on the embedded server.
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true)
                                                                       .returnDocument(ReturnDocument.BEFORE);
        try {
            return seen(valueOf(counters.findOneAndUpdate(COUNTER, Updates.inc(VALUE, (long) count), options)) + 1,
                        count);
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
            // Two first-ever upserts raced on the counter's _id; now the document exists.
            return seen(valueOf(counters.findOneAndUpdate(COUNTER, Updates.inc(VALUE, (long) count), options)) + 1,
                        count);
        }
    }

    /** The highest position handed out so far, 0 if none. */
    long lastAllocated() {
        long last = valueOf(counters.find(COUNTER).first());
        highestSeen.accumulateAndGet(last, Math::max);
        return last;
    }

    /** The highest counter value read or reached through this allocator so far, without a round trip. */
    long highestSeen() {
        return highestSeen.get();
    }

    private long seen(long first, int count) {
        highestSeen.accumulateAndGet(first + count - 1, Math::max);
        return first;
    }

    void ensureCounter() {
        counters.updateOne(COUNTER, Updates.setOnInsert(VALUE, 0L), new UpdateOptions().upsert(true));
    }

    private static long valueOf(BsonDocument counter) {
        return counter == null ? 0L : counter.getNumber(VALUE).longValue();
    }
}
