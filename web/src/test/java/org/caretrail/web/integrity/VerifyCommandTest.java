package org.caretrail.web.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.caretrail.infra.eventstore.StoredPositions;
import org.caretrail.infra.integrity.Checkpoint;
import org.caretrail.infra.integrity.CheckpointSeal;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.infra.integrity.CheckpointWriter;
import org.caretrail.infra.integrity.LogCheckpointStore;
import org.caretrail.infra.integrity.LogCheckpointWriter;
import org.caretrail.infra.securitylog.SecurityLogStore;
import org.caretrail.infra.securitylog.SignInEntry;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ServerAddress;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.BsonDocument;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.serialization.CareTrailSerializers;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The check as a command-line run of the jar, against a MongoDB given by URI as in production. */
class VerifyCommandTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    private static final String KEY = Base64.getEncoder().encodeToString(
            "verify-command-test-key-32-bytes".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path exports;
    private MongoDatabase database;
    private String[] args;

    @BeforeEach
    void storeWithTwoEvents() {
        database = mongo.newDatabase();
        CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder()
                .database(database)
                .eventSerializer(CareTrailSerializers.jackson())
                .snapshotSerializer(CareTrailSerializers.jackson())
                .build();
        engine.ensureIndexes();
        engine.appendEvents(note(0), note(1));
        ServerAddress server = mongo.client().getClusterDescription().getClusterSettings().getHosts().get(0);
        args = new String[] {"verify", "--caretrail.storage.mongodb-uri=mongodb://" + server.getHost() + ":"
                + server.getPort() + "/" + database.getName(), "--caretrail.integrity.key=" + KEY};
    }

    @Test
    void anIntactStorePrintsOkAndExitsWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK, 2 events checked");
    }

    @Test
    void anEditedStorePrintsTheFirstBrokenPositionAndExitsWithOne() {
        database.getCollection("events", BsonDocument.class)
                .updateOne(Filters.eq("positions", 2L), Updates.set("events.1.payload", "forged"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at position 2");
    }

    @Test
    void aDeletedSecurityLogEntryUnderASignedCheckpointPrintsTheLogAndSequenceAndExitsWithOne() {
        SecurityLogStore securityLog = new SecurityLogStore(database);
        securityLog.createIndexes();
        Instant at = Instant.now().minus(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            securityLog.append(new SignInEntry(at.plusSeconds(i), "nurse-" + i, "10.0.0.9", "FAILED", "wrong password"));
        }
        new LogCheckpointWriter(database, SecurityLogStore.COLLECTION, new LogCheckpointStore(database),
                Clock.systemUTC(), CheckpointSchedule.LOG_SETTLE_TIME, 1_000,
                new CheckpointSeal(Base64.getDecoder().decode(KEY))).catchUp();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("security_log verification: OK, 3 entries checked")
                .contains("access_log verification: OK, 0 entries checked");

        database.getCollection(SecurityLogStore.COLLECTION).deleteOne(Filters.eq("seq", 2L));
        out.reset();

        assertThat(VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("OK, 2 events checked")
                .contains("security_log verification: BROKEN at sequence 2")
                .contains("deleted");
    }

    @Test
    void anExportedCheckpointFileIsCheckedAndDeletedCheckpointsAreFound() throws Exception {
        CheckpointSeal seal = new CheckpointSeal(Base64.getDecoder().decode(KEY));
        new CheckpointWriter(StoredPositions.open(database), new CheckpointStore(database), Clock.systemUTC(),
                Duration.ZERO, 1_000, seal).catchUp();
        Checkpoint latest = new CheckpointStore(database).latest().orElseThrow();
        Path file = exports.resolve("checkpoints.json");
        Files.writeString(file, new ObjectMapper().findAndRegisterModules()
                .writeValueAsString(List.of(CheckpointRecord.of(latest))));
        String[] withFile = Arrays.copyOf(args, args.length + 1);
        withFile[args.length] = "--checkpoint=" + file;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(VerifyCommand.run(withFile, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
        database.getCollection(CheckpointStore.DEFAULT_COLLECTION).deleteMany(new BsonDocument());
        assertThat(VerifyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8)))
                .as("without the file, no checkpoint looks like a young store").isZero();
        assertThat(VerifyCommand.run(withFile, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exported checkpoint 1 is gone");
    }

    @Test
    void anUnreachableStoreExitsWithTwo() {
        String[] unreachable = {"verify", "--caretrail.storage.mongodb-uri=mongodb://127.0.0.1:1/x"
                + "?serverSelectionTimeoutMS=200&connectTimeoutMS=200"};
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(VerifyCommand.run(unreachable, new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("could not run");
    }

    @Test
    void theCheckStartsNeitherAWebServerNorEventProcessors() {
        try (ConfigurableApplicationContext context = VerifyCommand.context(args)) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeansOfType(EventProcessingConfiguration.class)).isEmpty();
            assertThat(context.getBeanNamesForType(CareTrailEventStorageEngine.class)).isEmpty();
        }
    }

    @Test
    void onlyAVerifyArgumentAsksForTheCheck() {
        assertThat(VerifyCommand.requested(new String[] {"verify"})).isTrue();
        assertThat(VerifyCommand.requested(new String[] {"--caretrail.verify=true"})).isTrue();
        assertThat(VerifyCommand.requested(new String[] {})).isFalse();
        assertThat(VerifyCommand.requested(new String[] {"--server.port=0"})).isFalse();
    }

    private static GenericDomainEventMessage<String> note(long sequence) {
        return new GenericDomainEventMessage<>("Episode", "ep-1", sequence, "note " + sequence,
                MetaData.with("actor", "nurse-7"));
    }
}
