package org.caretrail.infra.eventstore;

import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonString;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper-evident hash of a stored event (decision 0003): lowercase hex SHA-256 over the canonical JSON of the
 * event's stored fields plus {@code previousHash}, the hash of the event before it in its aggregate (64 zeros for
 * an aggregate's first event and for events of no aggregate).
 */
final class EventHashes {

    static final String HASH = "hash";
    static final String PREVIOUS_HASH = "previousHash";
    static final String FIRST_PREVIOUS = "0".repeat(64);

    private static final List<String> HASHED_FIELDS = List.of(
            EventEntries.GLOBAL_INDEX, EventEntries.AGGREGATE_IDENTIFIER, EventEntries.SEQUENCE_NUMBER,
            EventEntries.TYPE, EventEntries.EVENT_IDENTIFIER, EventEntries.TIMESTAMP, EventEntries.PAYLOAD_TYPE,
            EventEntries.PAYLOAD_REVISION, EventEntries.PAYLOAD, EventEntries.META_DATA);

    private EventHashes() {
    }

    /** The hash the entry must carry; an absent field counts as null, so removing one changes the hash too. */
    static String hash(BsonDocument entry, String previousHash) {
        BsonDocument hashed = new BsonDocument();
        for (String field : HASHED_FIELDS) {
            hashed.put(field, entry.get(field, BsonNull.VALUE));
        }
        hashed.put(PREVIOUS_HASH, new BsonString(previousHash));
        return sha256(CanonicalJson.write(hashed));
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
