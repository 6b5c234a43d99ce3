package org.caretrail.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.caretrail.infra.mongo.EmbeddedMongoServer;

/** A fresh embedded MongoDB server of one backend, with a client, for one measurement. */
final class EmbeddedBackend implements AutoCloseable {

    enum Kind { MEMORY, H2 }

    private final Kind kind;
    private final EmbeddedMongoServer server;
    private final MongoClient client;
    private final Path dir;
    private final CommandCounter commands = new CommandCounter();

    EmbeddedBackend(Kind kind) {
        this.kind = kind;
        try {
            this.dir = kind == Kind.H2 ? Files.createTempDirectory("caretrail-bench") : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.server = kind == Kind.H2 ? EmbeddedMongoServer.unsecuredPersistent(dir, 0)
                : EmbeddedMongoServer.unsecuredInMemory();
        this.client = MongoClients.create(com.mongodb.MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString(server.connectionString()))
                .addCommandListener(commands)
                .build());
    }

    Kind kind() {
        return kind;
    }

    String connectionString() {
        return server.connectionString();
    }

    /** Counts the commands this backend's client has sent, by name. */
    CommandCounter commands() {
        return commands;
    }

    MongoClient client() {
        return client;
    }

    MongoDatabase database() {
        return client.getDatabase("bench");
    }

    @Override
    public void close() {
        client.close();
        server.close();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
