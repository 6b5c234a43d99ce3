package org.caretrail.infra.notification;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Optional;
import org.bson.Document;

/**
 * The webhook signing secrets, kept apart from the event store (events are shown in the audit trail) and from
 * routing's collections (shown by the recipient list): only the worker reads them, no endpoint answers them. They
 * are stored sealed by a {@link SecretBox} whose key is not in the database, so a copy of the database (a backup,
 * a local user reading the files) holds no usable secret. Secrets stored in plain text by an earlier version are
 * sealed when this store opens.
 */
public final class RecipientSecrets {

    static final String COLLECTION = "notification_secrets";

    private final MongoCollection<Document> secrets;
    private final SecretBox box;

    public RecipientSecrets(MongoDatabase database, SecretBox box) {
        this.secrets = database.getCollection(COLLECTION);
        this.box = box;
        sealPlainSecrets();
    }

    public void put(String recipientId, String secret) {
        secrets.replaceOne(eq("_id", recipientId), sealed(recipientId, secret), new ReplaceOptions().upsert(true));
    }

    public boolean has(String recipientId) {
        return secrets.countDocuments(eq("_id", recipientId)) > 0;
    }

    Optional<String> of(String recipientId) {
        return Optional.ofNullable(secrets.find(eq("_id", recipientId)).first())
                .map(document -> document.containsKey("sealed")
                        ? box.open(recipientId, document.getString("sealed"))
                        : document.getString("secret"));
    }

    private Document sealed(String recipientId, String secret) {
        return new Document("_id", recipientId).append("scheme", SecretBox.SCHEME)
                .append("sealed", box.seal(recipientId, secret));
    }

    private void sealPlainSecrets() {
        for (Document plain : secrets.find(exists("secret"))) {
            String recipientId = plain.getString("_id");
            secrets.replaceOne(eq("_id", recipientId), sealed(recipientId, plain.getString("secret")));
        }
    }
}
