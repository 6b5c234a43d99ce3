package org.caretrail.infra.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.util.Arrays;
import java.util.Base64;
import org.bson.Document;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Webhook secrets are stored sealed: the database holds no usable secret, and only the instance's key opens it. */
class RecipientSecretsTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final byte[] KEY = filled(7);

    private MongoDatabase database;

    @BeforeEach
    void freshDatabase() {
        database = mongo.newDatabase();
    }

    @Test
    void aSecretIsStoredSealedAndReadBackByTheWorker() {
        RecipientSecrets secrets = new RecipientSecrets(database, box(KEY));

        secrets.put("R-1", "whsec_very-secret-value");

        Document stored = database.getCollection(RecipientSecrets.COLLECTION).find().first();
        assertThat(stored.toJson()).doesNotContain("very-secret-value").doesNotContain("\"secret\"");
        assertThat(stored.getString("scheme")).isEqualTo("AES-256-GCM-v1");
        assertThat(secrets.of("R-1")).contains("whsec_very-secret-value");
        assertThat(secrets.has("R-1")).isTrue();
    }

    @Test
    void sealingTheSameSecretTwiceGivesDifferentValues() {
        SecretBox box = box(KEY);

        assertThat(box.seal("R-1", "same")).isNotEqualTo(box.seal("R-1", "same"));
    }

    @Test
    void anotherKeyOrAnotherRecipientCannotOpenIt() {
        new RecipientSecrets(database, box(KEY)).put("R-1", "whsec_1");
        String sealed = database.getCollection(RecipientSecrets.COLLECTION).find().first().getString("sealed");

        assertThatThrownBy(() -> new RecipientSecrets(database, box(filled(9))).of("R-1"))
                .hasMessageContaining("does not open with this instance's key");
        assertThatThrownBy(() -> box(KEY).open("R-2", sealed)).hasMessageContaining("R-2");
    }

    @Test
    void anEditedSealedValueDoesNotOpen() {
        new RecipientSecrets(database, box(KEY)).put("R-1", "whsec_1");
        String sealed = database.getCollection(RecipientSecrets.COLLECTION).find().first().getString("sealed");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> box(KEY).open("R-1", Base64.getEncoder().encodeToString(bytes)))
                .hasMessageContaining("does not open");
    }

    @Test
    void secretsAnEarlierVersionStoredInPlainTextAreSealedWhenTheStoreOpens() {
        database.getCollection(RecipientSecrets.COLLECTION)
                .insertOne(new Document("_id", "R-OLD").append("secret", "whsec_plain"));

        RecipientSecrets secrets = new RecipientSecrets(database, box(KEY));

        Document stored = database.getCollection(RecipientSecrets.COLLECTION).find().first();
        assertThat(stored.containsKey("secret")).isFalse();
        assertThat(stored.toJson()).doesNotContain("whsec_plain");
        assertThat(secrets.of("R-OLD")).contains("whsec_plain");
    }

    @Test
    void theBoxKeyIsDerivedFromTheCheckpointKeyAndDiffersFromIt() {
        byte[] checkpointKey = filled(3);
        byte[] derived = new CheckpointSeal(checkpointKey).derivedKey("notification-secrets");

        assertThat(derived).hasSize(32).isNotEqualTo(checkpointKey);
        assertThat(new CheckpointSeal(checkpointKey).derivedKey("notification-secrets")).isEqualTo(derived);
        assertThat(new CheckpointSeal(checkpointKey).derivedKey("another-purpose")).isNotEqualTo(derived);
    }

    private static SecretBox box(byte[] key) {
        return new SecretBox(new CheckpointSeal(key).derivedKey("notification-secrets"));
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
