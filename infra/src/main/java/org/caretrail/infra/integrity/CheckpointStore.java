package org.caretrail.infra.integrity;

import com.mongodb.MongoException;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checkpoints in MongoDB, one document each, numbered from 1 in {@code _id}. */
public final class CheckpointStore {

    /** The collection checkpoints are kept in by default. */
    public static final String DEFAULT_COLLECTION = "integrity_checkpoints";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<BsonDocument> checkpoints;

    public CheckpointStore(MongoDatabase database) {
        this(database, DEFAULT_COLLECTION);
    }

    public CheckpointStore(MongoDatabase database, String collection) {
        this.checkpoints = database.getCollection(collection, BsonDocument.class)
                                   .withWriteConcern(WriteConcern.MAJORITY)
                                   .withReadPreference(ReadPreference.primary());
    }

    /** The checkpoint with the highest number; the one read that sorts, over a small collection. */
    public Optional<Checkpoint> latest() {
        return Optional.ofNullable(checkpoints.find().sort(Sorts.descending("_id")).limit(1).first())
                       .map(CheckpointStore::read);
    }

    /** Checkpoints {@code fromNumber..fromNumber + limit - 1} that exist, in number order. */
    public List<Checkpoint> range(long fromNumber, int limit) {
        List<Long> numbers = new ArrayList<>();
        for (long number = Math.max(1, fromNumber); number < Math.max(1, fromNumber) + limit; number++) {
            numbers.add(number);
        }
        List<Checkpoint> found = new ArrayList<>();
        for (BsonDocument document : checkpoints.find(Filters.in("_id", numbers))) {
            found.add(read(document));
        }
        // The embedded server may return a document once per matching $in value.
        return found.stream().distinct().sorted(Comparator.comparingLong(Checkpoint::number)).toList();
    }

    /** Stores a new checkpoint; false when one with its number exists already (another instance wrote it). */
    public boolean insert(Checkpoint checkpoint) {
        try {
            checkpoints.insertOne(write(checkpoint));
            return true;
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static BsonDocument write(Checkpoint checkpoint) {
        BsonArray absent = new BsonArray();
        checkpoint.absentPositions().forEach(position -> absent.add(new BsonInt64(position)));
        return new BsonDocument("_id", new BsonInt64(checkpoint.number()))
                .append("fromPosition", new BsonInt64(checkpoint.fromPosition()))
                .append("position", new BsonInt64(checkpoint.position()))
                .append("hash", new BsonString(checkpoint.hash()))
                .append("previousHash", new BsonString(checkpoint.previousHash()))
                .append("events", new BsonInt64(checkpoint.events()))
                .append("absentPositions", absent)
                .append("createdAt", new BsonDateTime(checkpoint.createdAt().toEpochMilli()))
                .append("allocatedHead", new BsonInt64(checkpoint.allocatedHead()))
                .append("signature", checkpoint.signature() == null ? BsonNull.VALUE
                        : new BsonString(checkpoint.signature()));
    }

    private static Checkpoint read(BsonDocument document) {
        List<Long> absent = new ArrayList<>();
        for (BsonValue position : document.getArray("absentPositions", new BsonArray())) {
            absent.add(position.asNumber().longValue());
        }
        return new Checkpoint(document.getNumber("_id").longValue(),
                              document.getNumber("fromPosition").longValue(),
                              document.getNumber("position").longValue(),
                              document.getString("hash").getValue(),
                              document.getString("previousHash").getValue(),
                              document.getNumber("events").longValue(),
                              absent,
                              Instant.ofEpochMilli(document.getDateTime("createdAt").getValue()),
                              document.getNumber("allocatedHead", document.getNumber("position")).longValue(),
                              document.isString("signature") ? document.getString("signature").getValue() : null);
    }
}
