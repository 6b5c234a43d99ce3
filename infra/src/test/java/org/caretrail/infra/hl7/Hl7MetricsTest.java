package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Hl7MetricsTest {

    private final Hl7TestRig rig = new Hl7TestRig();
    private final MllpServer server = MllpServer.start(rig.inbox(), 0, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        server.close();
        rig.close();
    }

    @Test
    void everyMessageOnTheFeedIsCountedByItsAckWhatBecameOfItAndItsType() throws Exception {
        List<String> early = Corpus.messages("discharge-before-admission");
        List<String> epic = Corpus.messages("epic-251-ed-to-inpatient");
        String admission = epic.get(0);
        try (MllpClient client = new MllpClient(server.port())) {
            for (String message : List.of(admission, admission, early.get(0),
                    Corpus.message("unreadable-and-unsupported", 0), Corpus.message("unreadable-and-unsupported", 1))) {
                client.send(message);
                client.readAck();
            }
            client.writeRaw("stray bytes\r".getBytes(StandardCharsets.UTF_8));
            client.send(epic.get(1));
            client.readAck();
        }

        assertThat(count("AA", "APPLIED", "ADT^A04")).isEqualTo(1);
        assertThat(count("AA", "DUPLICATE", "ADT^A04")).isEqualTo(1);
        assertThat(count("AE", "PARKED", "ADT^A03")).isEqualTo(1);
        assertThat(count("AR", "REJECTED", "unreadable")).isEqualTo(1);
        assertThat(count("AR", "REJECTED", "other")).as("ORU is no type CareTrail takes").isEqualTo(1);
        assertThat(count("none", "REJECTED", "unreadable")).as("bytes outside a frame").isEqualTo(1);
        assertThat(count("AA", "APPLIED", "ADT^A06")).isEqualTo(1);
        assertThat(meters().get(Hl7Metrics.PROCESSING).tag("transport", "mllp").timer().count()).isEqualTo(7);
    }

    @Test
    void theParkedGaugeCountsMessagesWaitingForTheirAdmissionUntilItArrives() {
        List<String> early = Corpus.messages("discharge-before-admission");
        rig.inbox().receive(early.get(0));
        rig.inbox().receive(early.get(1));

        assertThat(parked()).isEqualTo(2);

        rig.inbox().receive(early.get(2));
        rig.settle();

        assertThat(parked()).isZero();
    }

    @Test
    void theConnectionsGaugeCountsSendersConnectedNow() throws Exception {
        assertThat(connections()).isZero();
        try (MllpClient first = new MllpClient(server.port()); MllpClient second = new MllpClient(server.port())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> connections() == 2);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> connections() == 0);
    }

    @Test
    void aMessageHandedInOverHttpIsCountedAsHttp() {
        rig.inbox().receive(Corpus.message("epic-251-ed-to-inpatient", 0), new Hl7Caller("nurse", "INTEGRATION"),
                Hl7Transport.HTTP);

        assertThat(meters().get(Hl7Metrics.MESSAGES).tag("transport", "http").tag("ack", "AA").counter().count())
                .isEqualTo(1);
        assertThat(meters().find(Hl7Metrics.MESSAGES).tag("transport", "mllp").counter()).isNull();
    }

    private double count(String ack, String outcome, String type) {
        Counter counter = meters().find(Hl7Metrics.MESSAGES).tag("transport", "mllp").tag("ack", ack)
                .tag("outcome", outcome).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private double parked() {
        return meters().get(Hl7Metrics.PARKED).gauge().value();
    }

    private double connections() {
        return meters().get(Hl7Metrics.CONNECTIONS).gauge().value();
    }

    private MeterRegistry meters() {
        return rig.meters();
    }
}
