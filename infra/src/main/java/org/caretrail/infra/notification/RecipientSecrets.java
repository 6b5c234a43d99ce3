package org.caretrail.infra.notification;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;

/**
 * The webhook signing secrets, kept apart from the event store (events are shown in the audit trail) and from
 * routing's collections (shown by the recipient list): only the worker reads them, no endpoint answers them.
 */
public final class RecipientSecrets {

    static final String COLLECTION = "notification_secrets";

    private final MongoCollection<Document> secrets;

    public RecipientSecrets(MongoDatabase database) {
        this.secrets = database.getCollection(COLLECTION);
    }

    public void put(String recipientId, String secret) {
        secrets.replaceOne(eq("_id", recipientId), new Document("_id", recipientId).append("secret", secret),
                new ReplaceOptions().upsert(true));
    }

    public boolean has(String recipientId) {
        return secrets.countDocuments(eq("_id", recipientId)) > 0;
    }

    Optional<String> of(String recipientId) {
        return Optional.ofNullable(secrets.find(eq("_id", recipientId)).first()).map(d -> d.getString("secret"));
    }
}
