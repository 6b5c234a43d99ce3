package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** FHS/BHS batches as hospitals export them: each message answered, the reply in an envelope. */
class Hl7BatchTest {

    private final Hl7TestRig rig = new Hl7TestRig();

    @AfterEach
    void close() {
        rig.close();
    }

    static String batch(List<String> messages) {
        return "FHS|^~\\&|EPICADT|GHH|CARETRAIL|CARETRAIL|20260801000000||||F-77\n"
                + "BHS|^~\\&|EPICADT|GHH|CARETRAIL|CARETRAIL|20260801000000||||B-77\n"
                + String.join("\n", messages).replace("\r", "\n")
                + "\nBTS|" + messages.size() + "\nFTS|1\n";
    }

    @Test
    void aBatchFileIsSplitIntoItsMessagesWhateverEndsItsLines() {
        List<String> feed = Corpus.messages("cerner-27-cancellations");
        String crlf = batch(feed).replace("\n", "\r\n");

        assertThat(Hl7Batch.split(crlf).messages()).hasSize(feed.size())
                .allSatisfy(message -> assertThat(message).startsWith("MSH|"));
        assertThat(Hl7Batch.split(String.join("\n\n", feed)).messages()).as("no envelope, blank lines between")
                .hasSize(feed.size());
        assertThat(Hl7Batch.isBatch(crlf)).isTrue();
        assertThat(Hl7Batch.isBatch(feed.get(0))).isFalse();
    }

    @Test
    void eachMessageOfABatchIsAnsweredInAnEnvelopeThatNamesTheBatchReceived() {
        List<String> feed = Corpus.messages("control-id-reused-for-other-content");

        Hl7BatchAnswer answer = rig.inbox().receiveBatch(batch(feed), Hl7Caller.feed(), Hl7Transport.HTTP);

        List<String> segments = Arrays.asList(answer.text().split("\r"));
        assertThat(segments.get(0)).startsWith("FHS|^~\\&|CARETRAIL|CARETRAIL|EPICADT|GHH|").endsWith("|F-77");
        assertThat(segments.get(1)).startsWith("BHS|^~\\&|CARETRAIL|CARETRAIL|EPICADT|GHH|").endsWith("|B-77");
        assertThat(segments).filteredOn(s -> s.startsWith("MSA|")).extracting(s -> s.split("\\|")[1])
                .containsExactly("AA", "AE", "AA", "AA");
        assertThat(segments).endsWith("BTS|4", "FTS|1");
        assertThat(answer.answers()).extracting(Hl7Answer::outcome).containsExactly(Hl7Outcome.APPLIED,
                Hl7Outcome.REJECTED, Hl7Outcome.DUPLICATE, Hl7Outcome.APPLIED);
        assertThat(rig.episode("V9160")).containsEntry("status", "DISCHARGED");
    }
}
