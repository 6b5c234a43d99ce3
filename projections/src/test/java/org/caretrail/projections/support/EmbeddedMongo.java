package org.caretrail.projections.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MongoDB for projection tests: the server {@code MONGODB_URI} names, else an embedded one in
 * memory. Each {@link #newDatabase()} is a fresh, uniquely named database.
 */
public final class EmbeddedMongo implements BeforeAllCallback, AfterAllCallback {

    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        String uri = System.getenv("MONGODB_URI");
        if (uri == null || uri.isBlank()) {
            server = new MongoServer(new MemoryBackend());
            uri = server.bindAndGetConnectionString();
        }
        client = MongoClients.create(uri);
    }

    public MongoDatabase newDatabase() {
        return client.getDatabase("projections_test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }
}
