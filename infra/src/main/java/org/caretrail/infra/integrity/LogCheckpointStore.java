package org.caretrail.infra.integrity;

import com.mongodb.MongoException;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;

/** The checkpoints of the hash-chained logs ({@code log_checkpoints}), one document each, {@code _id} = log#number. */
public final class LogCheckpointStore {

    public static final String COLLECTION = "log_checkpoints";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<BsonDocument> checkpoints;

    public LogCheckpointStore(MongoDatabase database) {
        this.checkpoints = database.getCollection(COLLECTION, BsonDocument.class)
                .withWriteConcern(WriteConcern.MAJORITY).withReadPreference(ReadPreference.primary());
    }

    public Optional<LogCheckpoint> latest(String log) {
        return Optional.ofNullable(checkpoints.find(Filters.eq("log", log)).sort(Sorts.descending("number"))
                .limit(1).first()).map(LogCheckpointStore::read);
    }

    /** Every checkpoint of the log, in number order (a log's checkpoints are few: one per round with new entries). */
    public List<LogCheckpoint> all(String log) {
        List<LogCheckpoint> found = new ArrayList<>();
        checkpoints.find(Filters.eq("log", log)).sort(Sorts.ascending("number"))
                .forEach(document -> found.add(read(document)));
        return found;
    }

    /** Stores a new checkpoint; false when the log has one with its number already (another instance wrote it). */
    public boolean insert(LogCheckpoint c) {
        BsonArray absent = new BsonArray();
        c.absentSequences().forEach(sequence -> absent.add(new BsonInt64(sequence)));
        BsonDocument document = new BsonDocument("_id", new BsonString(c.log() + "#" + c.number()))
                .append("log", new BsonString(c.log()))
                .append("number", new BsonInt64(c.number()))
                .append("fromSequence", new BsonInt64(c.fromSequence()))
                .append("sequence", new BsonInt64(c.sequence()))
                .append("hash", new BsonString(c.hash()))
                .append("previousHash", new BsonString(c.previousHash()))
                .append("entries", new BsonInt64(c.entries()))
                .append("absentSequences", absent)
                .append("createdAt", new BsonDateTime(c.createdAt().toEpochMilli()))
                .append("allocatedHead", new BsonInt64(c.allocatedHead()))
                .append("signature", c.signature() == null ? BsonNull.VALUE : new BsonString(c.signature()));
        try {
            checkpoints.insertOne(document);
            return true;
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static LogCheckpoint read(BsonDocument d) {
        List<Long> absent = new ArrayList<>();
        for (BsonValue sequence : d.getArray("absentSequences", new BsonArray())) {
            absent.add(sequence.asNumber().longValue());
        }
        return new LogCheckpoint(d.getString("log").getValue(), d.getNumber("number").longValue(),
                d.getNumber("fromSequence").longValue(), d.getNumber("sequence").longValue(),
                d.getString("hash").getValue(), d.getString("previousHash").getValue(),
                d.getNumber("entries").longValue(), absent,
                Instant.ofEpochMilli(d.getDateTime("createdAt").getValue()), d.getNumber("allocatedHead").longValue(),
                d.isString("signature") ? d.getString("signature").getValue() : null);
    }
}
