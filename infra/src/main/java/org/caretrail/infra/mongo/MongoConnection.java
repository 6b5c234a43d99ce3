package org.caretrail.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** An open MongoDB client and database, with the embedded server behind it when there is one. */
public final class MongoConnection implements AutoCloseable {

    private final MongoClient client;
    private final String databaseName;
    private final EmbeddedMongoServer embedded;

    private MongoConnection(MongoClient client, String databaseName, EmbeddedMongoServer embedded) {
        this.client = client;
        this.databaseName = databaseName;
        this.embedded = embedded;
    }

    /** Connects as the settings say, starting the embedded server first when no URI is given. */
    public static MongoConnection open(MongoSettings settings) {
        if (!settings.embedded()) {
            ConnectionString uri = new ConnectionString(settings.uri());
            String database = Optional.ofNullable(uri.getDatabase()).orElse(settings.database());
            return new MongoConnection(MongoClients.create(withTimeouts(MongoClientSettings.builder()
                    .applyConnectionString(uri), uri)), database, null);
        }
        EmbeddedMongoServer server = settings.inMemory()
                ? EmbeddedMongoServer.inMemory()
                : EmbeddedMongoServer.persistent(settings.embeddedDir(), settings.embeddedPort());
        try {
            ConnectionString uri = new ConnectionString(server.connectionString());
            return new MongoConnection(MongoClients.create(withTimeouts(server.clientSettings(), uri)),
                    settings.database(), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static MongoClientSettings withTimeouts(MongoClientSettings.Builder builder, ConnectionString uri) {
        // Fail fast when the server is gone, so callers get a clear error instead of a hang.
        return builder
                .applyToClusterSettings(c -> c.serverSelectionTimeout(
                        uri.getServerSelectionTimeout() == null ? 5_000 : uri.getServerSelectionTimeout(),
                        TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout(
                        uri.getConnectTimeout() == null ? 5_000 : uri.getConnectTimeout(), TimeUnit.MILLISECONDS))
                .build();
    }

    public MongoClient client() {
        return client;
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    public String databaseName() {
        return databaseName;
    }

    /** The embedded server, when this connection started one. */
    public Optional<EmbeddedMongoServer> embeddedServer() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
