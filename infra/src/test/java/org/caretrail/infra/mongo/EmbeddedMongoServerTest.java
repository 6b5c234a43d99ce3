package org.caretrail.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() {
        try (MongoConnection first = MongoConnection.open(persistentSettings())) {
            first.database().getCollection("episodes").insertOne(new Document("_id", "E1").append("status", "ACTIVE"));
        }

        try (MongoConnection second = MongoConnection.open(persistentSettings())) {
            Document found = second.database().getCollection("episodes").find(new Document("_id", "E1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void theDataDirectoryAndItsFileAreReadableByThisAccountOnly() throws Exception {
        Path data = dataDir.resolve("data");
        try (MongoConnection connection = MongoConnection.open(new MongoSettings(null, "caretrail", data, 0, false))) {
            connection.database().getCollection("episodes").insertOne(new Document("_id", "E1"));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        try (var files = Files.list(data)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file -> assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinusNineOfTheProcess() throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                AcknowledgingWriter.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Set<Integer> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 1_500 && (line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(Integer.parseInt(line.substring(4)));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit; never left running
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSize(1_500);

        try (MongoConnection reopened = MongoConnection.open(
                new MongoSettings(null, "crash", dataDir, 0, false))) {
            MongoCollection<Document> writes = reopened.database().getCollection("writes");
            Set<Integer> stored = new HashSet<>();
            writes.find().forEach(d -> stored.add(d.getInteger("_id")));
            assertThat(stored).containsAll(acknowledged);
        }
    }

    @Test
    void healthIsUpWhileTheServerAnswersAndDownOnceItIsGone() {
        MongoConnection connection = MongoConnection.open(new MongoSettings(null, "health", null, 0, true));
        MongoHealth health = new MongoHealth(connection.database());
        assertThat(health.check().up()).isTrue();

        connection.embeddedServer().orElseThrow().close();

        MongoHealth.Result down = health.check();
        assertThat(down.up()).isFalse();
        assertThat(down.error()).isNotBlank();
        connection.close();
    }

    private MongoSettings persistentSettings() {
        return new MongoSettings(null, "restart", dataDir, 0, false);
    }
}
