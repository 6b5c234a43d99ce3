package org.caretrail.infra.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.h2.mvstore.MVStore;

/**
 * The in-process MongoDB wire-protocol server CareTrail runs on when no MongoDB is configured.
 *
 * <p>Persistent mode keeps its data in one H2 file under a directory and commits on every
 * command (see {@link DurableH2Backend}); memory mode is for tests and benchmarks.
 *
 * <p>{@link #persistent} and {@link #inMemory} listen on loopback behind mutual TLS with keys made
 * at this start and held in memory (decision 0023): only a client holding this start's client
 * key, {@link #clientSettings()}, gets a byte through. A persistent server also writes that key to
 * {@value #CREDENTIALS_FILE} in its owner-only data directory, so that another process of the
 * same account (a tool, a test) can connect with {@link #clientSettings(Path)}. The
 * {@code unsecured...} variants listen in the clear, as a stand-in for a MongoDB that CareTrail
 * reaches by URI in tests and benchmarks.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    static final String STORE_FILE = "caretrail.mv.db";
    /** The client key and both certificates of the running persistent server, owner-only. */
    public static final String CREDENTIALS_FILE = "embedded-mongodb-client.properties";

    private final MongoServer plain;
    private final MutualTlsListener secured;
    private final EmbeddedTls tls;
    private final Path credentialsFile;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port, boolean mutualTls, Path dataDir) {
        if (mutualTls) {
            this.tls = EmbeddedTls.generate();
            this.secured = new MutualTlsListener(backend, tls, host, port);
            this.plain = null;
            this.address = secured.address();
            this.credentialsFile = dataDir == null ? null : dataDir.resolve(CREDENTIALS_FILE);
            if (credentialsFile != null) {
                writeOwnerOnly(credentialsFile, tls.clientCredentials(address.getPort()));
            }
        } else {
            this.tls = null;
            this.secured = null;
            this.credentialsFile = null;
            this.plain = new MongoServer(backend);
            this.plain.bind(host, port);
            this.address = plain.getLocalAddress();
        }
    }

    /**
     * Starts a server whose data lives under {@code dataDir}, on loopback behind mutual TLS; port 0
     * picks a free one.
     */
    public static EmbeddedMongoServer persistent(Path dataDir, int port) {
        return new EmbeddedMongoServer(durableBackend(dataDir), "127.0.0.1", port, true, dataDir);
    }

    /** Starts a server that keeps everything in memory, on loopback behind mutual TLS, on a free port. */
    public static EmbeddedMongoServer inMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0, true, null);
    }

    /**
     * A persistent server that anyone on this host can reach at {@link #connectionString()}: for
     * tests and benchmarks that stand it in for a MongoDB given by URI, never for the application.
     */
    public static EmbeddedMongoServer unsecuredPersistent(Path dataDir, int port) {
        return new EmbeddedMongoServer(durableBackend(dataDir), "127.0.0.1", port, false, null);
    }

    /** An in-memory server without access control, as {@link #unsecuredPersistent}. */
    public static EmbeddedMongoServer unsecuredInMemory() {
        return new EmbeddedMongoServer(new MemoryBackend(), "127.0.0.1", 0, false, null);
    }

    private static MongoBackend durableBackend(Path dataDir) {
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
        return new DurableH2Backend(store);
    }

    /** Readable and writable by this account only, where the file system has POSIX permissions. */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    /** Written whole to a new owner-only file, then moved over the old one. */
    private static void writeOwnerOnly(Path file, Properties properties) {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(temporary);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "CareTrail embedded MongoDB: this start's client key. Owner-only; replaced at every start.");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedded MongoDB credentials file " + file, e);
        }
    }

    /** Whether only a client with this start's key can connect. */
    public boolean mutualTls() {
        return secured != null;
    }

    /**
     * The connection string a MongoDB driver uses to reach this server; behind mutual TLS it
     * needs {@link #clientSettings()} as well.
     */
    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + (mutualTls() ? "/?tls=true" : "");
    }

    /** Driver settings that reach this server: the connection string and, behind TLS, this start's client key. */
    public MongoClientSettings.Builder clientSettings() {
        MongoClientSettings.Builder builder = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString()));
        return mutualTls() ? withTls(builder, tls.clientContext()) : builder;
    }

    /**
     * Driver settings that reach the persistent server running on {@code dataDir}, from the
     * credentials file it wrote there: for another process of the account that owns the data.
     */
    public static MongoClientSettings.Builder clientSettings(Path dataDir) {
        Path file = dataDir.resolve(CREDENTIALS_FILE);
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            credentials.load(in);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no embedded MongoDB is running on " + dataDir + " (no " + CREDENTIALS_FILE + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(new ConnectionString(
                "mongodb://127.0.0.1:" + credentials.getProperty("port") + "/?tls=true"));
        return withTls(builder, EmbeddedTls.clientContext(credentials));
    }

    private static MongoClientSettings.Builder withTls(MongoClientSettings.Builder builder, SSLContext context) {
        // the server's identity is its pinned certificate, not a host name
        return builder.applyToSslSettings(ssl -> ssl.enabled(true).invalidHostNameAllowed(true).context(context));
    }

    /** This start's server certificate (tests present other keys to it). */
    java.security.cert.X509Certificate serverCertificate() {
        return tls.serverCertificate();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        if (secured != null) {
            try {
                secured.close();
            } finally {
                if (credentialsFile != null) {
                    try {
                        Files.deleteIfExists(credentialsFile);
                    } catch (IOException ignored) {
                        // replaced at the next start; the key it holds opens nothing once the server is gone
                    }
                }
            }
        } else {
            plain.shutdownNow();
        }
    }
}
