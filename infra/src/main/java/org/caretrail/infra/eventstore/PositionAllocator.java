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

/** Hands out global positions, starting at 1, from a single counter document. */
final class PositionAllocator {

    private static final String COUNTER_ID = "globalPosition";
    private static final String VALUE = "value";
    private static final Bson COUNTER = Filters.eq("_id", COUNTER_ID);

    private final MongoCollection<BsonDocument> counters;

    PositionAllocator(MongoCollection<BsonDocument> counters) {
        this.counters = counters;
    }

    /** Reserves {@code count} consecutive positions and returns the first. */
    long allocate(int count) {
        // The document BEFORE the increment: the AFTER form handed out duplicates under load on the embedded server.
        FindOneAndUpdateOptions options = new FindOneAndUpdateOptions().upsert(true)
                                                                       .returnDocument(ReturnDocument.BEFORE);
        try {
            return valueOf(counters.findOneAndUpdate(COUNTER, Updates.inc(VALUE, (long) count), options)) + 1;
        } catch (MongoException e) {
            if (!MongoDuplicateKeyResolver.isDuplicateKey(e)) {
                throw e;
            }
            // Two first-ever upserts raced on the counter's _id; now the document exists.
            return valueOf(counters.findOneAndUpdate(COUNTER, Updates.inc(VALUE, (long) count), options)) + 1;
        }
    }

    /** The highest position handed out so far, 0 if none. */
    long lastAllocated() {
        return valueOf(counters.find(COUNTER).first());
    }

    void ensureCounter() {
        counters.updateOne(COUNTER, Updates.setOnInsert(VALUE, 0L), new UpdateOptions().upsert(true));
    }

    private static long valueOf(BsonDocument counter) {
        return counter == null ? 0L : counter.getNumber(VALUE).longValue();
    }
}
