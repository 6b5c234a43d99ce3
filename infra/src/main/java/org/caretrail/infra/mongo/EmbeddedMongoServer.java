package org.caretrail.infra.mongo;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.h2.mvstore.MVStore;

/**
 * The in-process MongoDB wire-protocol server CareTrail runs on when no MongoDB is configured.
 *
 * <p>Persistent mode keeps its data in one H2 file under a directory and commits on every
 * command (see {@link DurableH2Backend}); memory mode is for tests and benchmarks.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    static final String STORE_FILE = "caretrail.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port) {
        this.server = new MongoServer(backend);
        this.server.bind(host, port);
        this.address = server.getLocalAddress();
    }

    /** Starts a server whose data lives under {@code dataDir}, on loopback; port 0 picks a free one. */
    public static EmbeddedMongoServer persistent(Path dataDir, int port) {
        Path file = dataDir.resolve(STORE_FILE);
        try {
            Files.createDirectories(dataDir);
            ownerOnly(dataDir, "rwx------");
            if (!Files.exists(file)) {
                // made owner-only before H2 writes a byte, so no other local user ever reads it
                Files.createFile(file);
            }
            ownerOnly(file, "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the embedded MongoDB data directory " + dataDir
                    + " owner-only", e);
        }
        MVStore store = new MVStore.Builder()
                .fileName(file.toString())
                .open();
        return new EmbeddedMongoServer(new DurableH2Backend(store), "127.0.0.1", port);
    }

    /** Readable and writable by this account only, where the file system has POSIX permissions. */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** Starts a server that keeps everything in memory, on loopback with a free port. */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0);
    }

    /** The connection string a MongoDB driver uses to reach this server. */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
