package org.caretrail.web.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

/**
 * Reads, without claiming them, the tokens the MongoDB token store keeps for a processor's
 * segments: how far each segment has got, whichever instance holds it. (The token store's own
 * {@code fetchToken} would claim the segment.)
 */
@Component
public class StoredTokens {

    static final String COLLECTION = "trackingtokens";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;

    public StoredTokens(MongoDatabase database, Serializer serializer) {
        this.tokens = database.getCollection(COLLECTION);
        this.serializer = serializer;
    }

    /** Each segment's stored token; a segment with no token yet maps to null. */
    public Map<Integer, TrackingToken> of(String processorName) {
        Map<Integer, TrackingToken> bySegment = new HashMap<>();
        for (Document entry : tokens.find(Filters.eq("processorName", processorName))) {
            bySegment.put(entry.getInteger("segment"), token(entry));
        }
        return bySegment;
    }

    private TrackingToken token(Document entry) {
        Object token = entry.get("token");
        String type = entry.getString("tokenType");
        if (token == null || type == null) {
            return null;
        }
        byte[] bytes = token instanceof Binary binary ? binary.getData() : token.toString().getBytes();
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
