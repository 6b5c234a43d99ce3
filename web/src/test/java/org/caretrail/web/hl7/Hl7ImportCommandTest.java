package org.caretrail.web.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ServerAddress;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caretrail.infra.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-hl7 FILE...} as a command-line run of the jar: its summary, and no doubles on a re-run. */
class Hl7ImportCommandTest {

    @RegisterExtension
    static final TestMongo mongo = new TestMongo();

    @TempDir
    Path dir;

    private static final Path CORPUS = Path.of("../infra/src/test/resources/hl7/corpus");

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Hl7ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    private String corpus(String caseName, int index) throws Exception {
        try (var files = Files.list(CORPUS.resolve(caseName))) {
            return Files.readString(files.filter(p -> p.toString().endsWith(".hl7")).sorted().toList().get(index));
        }
    }

    @Test
    void aFileOfGoodDuplicateOutOfOrderAndBadMessagesIsSummedUpAndARerunRecordsNothingTwice() throws Exception {
        MongoDatabase database = mongo.newDatabase();
        ServerAddress server = mongo.client().getClusterDescription().getClusterSettings().getHosts().get(0);
        Path export = dir.resolve("adt-history.hl7");
        Files.writeString(export, String.join("\n", List.of(
                corpus("discharge-before-admission", 0), // out of order: before its admission
                corpus("discharge-before-admission", 2),
                corpus("cerner-27-cancellations", 0),
                corpus("cerner-27-cancellations", 0), // a duplicate
                "GARBAGE THAT IS NO HL7",
                corpus("outpatient-and-preadmit-traffic", 0))));
        String[] args = {"import-hl7", export.toString(), "--caretrail.storage.mongodb-uri=mongodb://"
                + server.getHost() + ":" + server.getPort() + "/" + database.getName(),
                "--caretrail.storage.data-dir=" + dir.resolve("data")};

        String first = run(args);
        long events = database.getCollection("events").countDocuments();
        String again = run(args);

        assertThat(first).startsWith("1\n").contains("Importing 6 HL7 messages from 1 file(s)")
                .contains("6/6 messages")
                .contains("Imported 6 messages: 3 applied, 1 duplicate, 0 parked, 1 rejected, 1 ignored")
                .contains("GET /api/v1/admin/hl7/messages?outcome=REJECTED")
                .contains("adt-history.hl7#5");
        assertThat(again).contains("Imported 6 messages: 0 applied, 5 duplicate, 0 parked, 1 rejected, 0 ignored");
        assertThat(events).as("two admissions and a discharge").isEqualTo(3);
        assertThat(database.getCollection("events").countDocuments()).isEqualTo(events);
    }

    @Test
    void withoutFilesItSaysHowToCallItAndExitsWithTwo() {
        assertThat(run("import-hl7")).startsWith("2\n").contains("Usage: java -jar caretrail-web.jar import-hl7 FILE");
        assertThat(run("import-hl7", dir.resolve("missing.hl7").toString())).startsWith("2\n").contains("No such file");
    }
}
