package org.caretrail.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision 0023: the embedded listener answers only the client holding this start's key. */
class EmbeddedListenerAccessTest {

    @TempDir
    Path dataDir;

    @Test
    void theApplicationsConnectionReadsAndWritesThroughMutualTls() {
        try (MongoConnection connection = MongoConnection.open(new MongoSettings(null, "access", dataDir, 0, false))) {
            EmbeddedMongoServer server = connection.embeddedServer().orElseThrow();
            assertThat(server.mutualTls()).isTrue();
            connection.database().getCollection("episodes").insertOne(new Document("_id", "E1"));
            assertThat(connection.database().getCollection("episodes").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aClientSpeakingTheWireProtocolInTheClearReadsNothing() throws Exception {
        try (EmbeddedMongoServer open = EmbeddedMongoServer.unsecuredInMemory()) {
            // the probe is a real request: the unsecured server answers it
            assertThat(answerToHello(new Socket("127.0.0.1", open.port()))).isNotEmpty();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(dataDir, 0)) {
            assertThat(answerToHello(new Socket("127.0.0.1", server.port()))).isEmpty();
        }
    }

    @Test
    void theDriverWithoutTheClientKeyIsRefused() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(dataDir, 0);
             MongoClient plain = MongoClients.create(quick(MongoClientSettings.builder()
                     .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + server.port())))
                     .build())) {
            assertThatThrownBy(() -> plain.getDatabase("access").getCollection("episodes").countDocuments())
                    .isInstanceOf(MongoTimeoutException.class);
        }
    }

    @Test
    void tlsWithAnotherClientCertificateOrNoneFailsBeforeAnyAnswer() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(dataDir, 0)) {
            var serverCertificate = server.serverCertificate();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair stranger = generator.generateKeyPair();
            SSLContext strangersKey = EmbeddedTls.clientContext(stranger.getPrivate(),
                    EmbeddedTls.selfSigned(stranger, "caretrail-embedded-client", new SecureRandom()), serverCertificate);
            assertThat(answerOverTls(strangersKey, server.port())).isEmpty();

            SSLContext noKey = SSLContext.getInstance("TLSv1.3");
            noKey.init(null, EmbeddedTls.trustOnly(serverCertificate), new SecureRandom());
            assertThat(answerOverTls(noKey, server.port())).isEmpty();
        }
    }

    @Test
    void anotherProcessOfTheOwnerConnectsWithTheKeyFileWhichEachStartReplaces() throws Exception {
        Path credentials = dataDir.resolve(EmbeddedMongoServer.CREDENTIALS_FILE);
        MongoClientSettings firstStart;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.persistent(dataDir, 0)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
            firstStart = EmbeddedMongoServer.clientSettings(dataDir).build();
            try (MongoClient other = MongoClients.create(firstStart)) {
                other.getDatabase("access").getCollection("episodes").insertOne(new Document("_id", "E2"));
            }
        }
        assertThat(credentials).doesNotExist();

        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.persistent(dataDir, 0)) {
            MongoClientSettings stale = quick(MongoClientSettings.builder(firstStart)
                    .applyConnectionString(new com.mongodb.ConnectionString(restarted.connectionString()))).build();
            try (MongoClient old = MongoClients.create(stale)) {
                assertThatThrownBy(() -> old.getDatabase("access").getCollection("episodes").countDocuments())
                        .as("last start's key").isInstanceOf(MongoTimeoutException.class);
            }
            try (MongoClient current = MongoClients.create(EmbeddedMongoServer.clientSettings(dataDir).build())) {
                assertThat(current.getDatabase("access").getCollection("episodes").countDocuments()).isEqualTo(1);
            }
        }
    }

    private static MongoClientSettings.Builder quick(MongoClientSettings.Builder builder) {
        return builder.applyToClusterSettings(c -> c.serverSelectionTimeout(1_500, TimeUnit.MILLISECONDS));
    }

    private static byte[] answerOverTls(SSLContext context, int port) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        try {
            socket.startHandshake();
        } catch (IOException refused) {
            socket.close();
            return new byte[0];
        }
        return answerToHello(socket);
    }

    /** Sends an OP_MSG {hello: 1} and returns whatever comes back before the server closes or goes quiet. */
    private static byte[] answerToHello(Socket socket) throws IOException {
        try (socket) {
            socket.setSoTimeout(3_000);
            ByteBuffer body = new RawBsonDocument(new BsonDocument("hello", new BsonInt32(1))
                    .append("$db", new BsonString("admin")), new BsonDocumentCodec()).getByteBuffer().asNIO();
            ByteBuffer message = ByteBuffer.allocate(16 + 4 + 1 + body.remaining()).order(ByteOrder.LITTLE_ENDIAN);
            message.putInt(message.capacity()).putInt(1).putInt(0).putInt(2013).putInt(0).put((byte) 0).put(body);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getOutputStream().write(message.array());
                socket.getOutputStream().flush();
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[4096];
                int read;
                while (answer.size() < 16 && (read = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, read);
                }
            } catch (IOException closedOrRefused) {
                // a reset, a TLS alert or a timeout: nothing was answered
            }
            return answer.toByteArray();
        }
    }
}
