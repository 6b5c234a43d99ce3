package org.caretrail.infra.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A MongoDB for tests, registered with {@code @RegisterExtension static final TestMongo mongo = new TestMongo();}:
 * the server at {@code MONGODB_URI} when that is set, otherwise an embedded in-memory server on a random local
 * port. Every database it hands out has a fresh unique name and is dropped after the test class.
 */
public final class TestMongo implements BeforeAllCallback, AfterAllCallback {

    private static final String URI_VARIABLE = "MONGODB_URI";

    private final List<String> databases = new ArrayList<>();
    private MongoServer server;
    private MongoClient client;
    private String prefix = "test";

    @Override
    public void beforeAll(ExtensionContext context) {
        prefix = context.getRequiredTestClass().getSimpleName();
        client = MongoClients.create(connectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            databases.forEach(name -> client.getDatabase(name).drop());
        } finally {
            client.close();
            if (server != null) {
                server.shutdownNow();
            }
        }
    }

    public MongoClient client() {
        return requireStarted();
    }

    /** A new, empty database with a unique name. */
    public MongoDatabase newDatabase() {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        databases.add(name);
        return requireStarted().getDatabase(name);
    }

    /** Whether tests run against a real server given by {@code MONGODB_URI}. */
    public static boolean usesExternalServer() {
        String uri = System.getenv(URI_VARIABLE);
        return uri != null && !uri.isBlank();
    }

    private String connectionString() {
        if (usesExternalServer()) {
            return System.getenv(URI_VARIABLE);
        }
        server = new MongoServer(new MemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        InetSocketAddress address = server.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    private MongoClient requireStarted() {
        if (client == null) {
            throw new IllegalStateException("TestMongo is not started: register it with @RegisterExtension on a static field");
        }
        return client;
    }
}
