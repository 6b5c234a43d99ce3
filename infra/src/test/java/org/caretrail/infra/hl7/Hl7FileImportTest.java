package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History files through the inbox: the right summary, out-of-order messages applied, nothing twice on re-run. */
class Hl7FileImportTest {

    @TempDir
    Path dir;

    private final Hl7TestRig rig = new Hl7TestRig();
    private final Hl7FileImport importer = new Hl7FileImport(rig.inbox(), Hl7Caller.integration("hl7-import"));

    @AfterEach
    void close() {
        rig.close();
    }

    private Path file(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFileOfGoodDuplicateOutOfOrderAndBadMessagesSumsUpByOutcomeAndRecordsNothingTwiceOnARerun()
            throws Exception {
        List<String> outOfOrder = Corpus.messages("discharge-before-admission"); // A03, A08, then the A01
        List<String> cerner = Corpus.messages("cerner-27-cancellations");
        Path lines = file("export-lf.hl7", String.join("\n", outOfOrder).replace("\r", "\n") + "\n"
                + cerner.get(0).replace("\r", "\n") + "\n" + cerner.get(0).replace("\r", "\n") + "\n"
                + "THIS LINE IS NO HL7\n"
                + Corpus.message("outpatient-and-preadmit-traffic", 0).replace("\r", "\n") + "\n");
        Path batch = file("export-batch.hl7", Hl7BatchTest.batch(cerner.subList(1, 4)));
        List<Hl7FileImport.Message> messages = Hl7FileImport.read(List.of(lines, batch));
        List<Integer> progress = new ArrayList<>();

        Hl7FileImport.Summary first = importer.run(messages, (done, total) -> progress.add(done), rig::settle);

        assertThat(messages).hasSize(10);
        assertThat(progress).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(first.count(Hl7Outcome.APPLIED)).as("the out-of-order ones applied once their admission came")
                .isEqualTo(7);
        assertThat(first.count(Hl7Outcome.DUPLICATE)).isEqualTo(1);
        assertThat(first.count(Hl7Outcome.IGNORED)).isEqualTo(1);
        assertThat(first.count(Hl7Outcome.REJECTED)).isEqualTo(1);
        assertThat(first.rejected()).singleElement().asString().startsWith("export-lf.hl7#6 ");
        long events = rig.events("V7000").size() + rig.events("CV7000123").size();

        Hl7FileImport.Summary again = importer.run(Hl7FileImport.read(List.of(lines, batch)), (done, total) -> { },
                rig::settle);

        assertThat(again.count(Hl7Outcome.DUPLICATE)).isEqualTo(9);
        assertThat(again.count(Hl7Outcome.REJECTED)).as("text without a control id is kept again").isEqualTo(1);
        assertThat(rig.events("V7000").size() + rig.events("CV7000123").size()).isEqualTo(events);
        assertThat(rig.episode("V7000")).containsEntry("status", "DISCHARGED");
        assertThat(rig.episode("CV7000123")).containsEntry("unit", "3N");
    }
}
