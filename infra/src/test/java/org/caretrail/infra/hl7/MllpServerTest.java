package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MllpServerTest {

    private final Hl7TestRig rig = new Hl7TestRig();
    private final MllpServer server = MllpServer.start(rig.inbox(), 0, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        server.close();
        rig.close();
    }

    @Test
    void aBurstOfAThousandMessagesOnOneConnectionGetsOneAckEachInOrder() throws Exception {
        String template = Corpus.message("inpatient-to-observation", 0);
        List<String> controlIds = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            controlIds.add(String.format("B-%04d", i));
        }
        try (MllpClient client = new MllpClient(server.port())) {
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < controlIds.size(); i++) {
                        client.send(template.replace("EP-9001", controlIds.get(i))
                                .replace("V9000", String.format("VB%04d", i)));
                    }
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            List<String> acked = new ArrayList<>();
            for (int i = 0; i < controlIds.size(); i++) {
                String ack = client.readAck();
                assertThat(Hl7Assertions.ackCode(ack)).as(ack).isEqualTo("AA");
                acked.add(Hl7Assertions.field(ack, "MSA", 2));
            }
            sending.join();
            assertThat(acked).containsExactlyElementsOf(controlIds);
        }
        assertThat(rig.inbox().storedCount()).isEqualTo(1_000);
        for (int i = 0; i < 1_000; i++) {
            assertThat(rig.events(String.format("VB%04d", i))).hasSize(1);
        }
    }

    @Test
    void theSameMessageTwiceIsAcknowledgedTwiceAndAppliedOnce() throws Exception {
        String admission = Corpus.message("epic-251-ed-to-inpatient", 0);
        try (MllpClient client = new MllpClient(server.port())) {
            client.send(admission);
            client.send(admission);

            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AA");
            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AA");
        }
        assertThat(rig.events("V251001")).hasSize(2); // the admission and its coding
        assertThat(rig.inbox().messages(null, 10)).extracting(Hl7MessageRecord::outcome)
                .containsExactly(Hl7Outcome.APPLIED, Hl7Outcome.DUPLICATE);
    }

    @Test
    void aDischargeBeforeItsAdmissionIsParkedAndAppliedWhenTheAdmissionArrives() throws Exception {
        List<String> feed = Corpus.messages("discharge-before-admission");
        try (MllpClient client = new MllpClient(server.port())) {
            client.send(feed.get(0));
            String parked = client.readAck();
            client.send(feed.get(2));
            String admitted = client.readAck();

            assertThat(Hl7Assertions.ackCode(parked)).isEqualTo("AE");
            assertThat(Hl7Assertions.field(parked, "ERR", 2)).isEqualTo("PV1^1^19");
            assertThat(Hl7Assertions.field(parked, "ERR", 3)).startsWith("204^");
            assertThat(Hl7Assertions.ackCode(admitted)).isEqualTo("AA");
        }
        rig.settle();
        assertThat(rig.episode("V7000")).containsEntry("status", "DISCHARGED").containsEntry("disposition", "20");
        assertThat(rig.inbox().messages(Hl7Outcome.PARKED, 10)).isEmpty();
    }

    @Test
    void malformedFramesAndGarbageGetArOrAreKeptWithoutDroppingTheConnection() throws Exception {
        List<String> feed = Corpus.messages("inpatient-to-observation");
        try (MllpClient client = new MllpClient(server.port())) {
            client.writeRaw("hello?\r\n".getBytes(StandardCharsets.UTF_8));
            client.writeRaw(new byte[] {MllpFramer.START});
            client.writeRaw("MSH|^~\\&|EPICADT|GHH|CARETRAIL|CARETRAIL|2026062608".getBytes(StandardCharsets.UTF_8));
            client.send(feed.get(0));
            client.send("\u0000\u0001 binary junk \u00ff");
            client.send(feed.get(1));

            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AR");
            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AA");
            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AR");
            assertThat(Hl7Assertions.ackCode(client.readAck())).isEqualTo("AA");
        }
        assertThat(rig.episode("V9000")).containsEntry("patientClass", "OBSERVATION");
        assertThat(rig.inbox().messages(null, 10)).extracting(Hl7MessageRecord::outcome).containsExactly(
                Hl7Outcome.REJECTED, Hl7Outcome.REJECTED, Hl7Outcome.APPLIED, Hl7Outcome.REJECTED, Hl7Outcome.APPLIED);
    }
}
