package org.caretrail.infra.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.infra.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Hl7InboxTest {

    private static final String EPIC = "epic-251-ed-to-inpatient";
    private static final String CERNER = "cerner-27-cancellations";

    private Hl7TestRig rig = new Hl7TestRig();

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aRepeatedControlIdAnswersAaAndRecordsNothingNew() {
        String admission = Corpus.message(EPIC, 0);

        String first = rig.inbox().receive(admission);
        String again = rig.inbox().receive(admission);

        assertThat(Hl7Assertions.ackCode(first)).isEqualTo("AA");
        assertThat(Hl7Assertions.ackCode(again)).isEqualTo("AA");
        assertThat(Hl7Assertions.field(again, "MSA", 2)).isEqualTo("EP-100001");
        assertThat(rig.events("V251001")).hasSize(2); // the admission and its coding
        List<Hl7MessageRecord> kept = rig.inbox().messages(null, 10);
        assertThat(kept).extracting(Hl7MessageRecord::outcome)
                .containsExactly(Hl7Outcome.APPLIED, Hl7Outcome.DUPLICATE);
        assertThat(kept.get(1).duplicateOf()).isEqualTo(kept.get(0).id());
        assertThat(kept.get(1).raw()).isEqualTo(admission);
    }

    @Test
    void copiesOfOneMessageArrivingAtOnceAreKeptAndAnsweredAsTheFirstOneWas() {
        String badTime = Corpus.message("unreadable-and-unsupported", 7);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> acks = senders.invokeAll(Collections.nCopies(16, () -> rig.inbox().receive(badTime)));
            for (Future<String> ack : acks) {
                assertThat(Hl7Assertions.ackCode(ack.get())).isEqualTo("AE");
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        } finally {
            senders.shutdownNow();
        }

        List<Hl7MessageRecord> kept = rig.inbox().messages(null, 20);
        assertThat(kept).hasSize(16);
        Hl7MessageRecord first = kept.stream().filter(m -> m.outcome() == Hl7Outcome.REJECTED).findFirst().orElseThrow();
        assertThat(kept).filteredOn(m -> m.outcome() == Hl7Outcome.DUPLICATE).hasSize(15)
                .allSatisfy(m -> assertThat(m.duplicateOf()).isEqualTo(first.id()));
    }

    @Test
    void theSameControlIdFromAnotherSendingSystemIsAnotherMessage() {
        String admission = Corpus.message(EPIC, 0);
        String sameIdOtherSender = Corpus.message(CERNER, 0).replace("C27-9001", "EP-100001");

        rig.inbox().receive(admission);
        String answer = rig.inbox().receive(sameIdOtherSender);

        assertThat(Hl7Assertions.ackCode(answer)).isEqualTo("AA");
        assertThat(rig.events("CV7000123")).hasSize(1);
    }

    @Test
    void everyEventCarriesTheListenersIdentityAsActorAndTheSendingSystemAsData() {
        rig.inbox().receive(Corpus.message(EPIC, 0));

        DomainEventMessage<?> admitted = rig.events("V251001").get(0);
        assertThat(admitted.getMetaData())
                .containsEntry("actor", Hl7Caller.DEFAULT_LISTENER)
                .containsEntry("sendingApplication", "EPICADT")
                .containsEntry("role", "INTEGRATION")
                .containsEntry("source", "hl7")
                .containsEntry("sourceMessageId", "EP-100001");
    }

    @Test
    void aRefusalByTheEpisodeIsAnAeWhoseErrNamesTheField() {
        rig.inbox().receive(Corpus.message(EPIC, 0));
        String dischargeBeforeAdmission = Corpus.message(EPIC, 4).replace("20260605113000", "20260501113000");

        String ack = rig.inbox().receive(dischargeBeforeAdmission);

        assertThat(Hl7Assertions.ackCode(ack)).isEqualTo("AE");
        assertThat(Hl7Assertions.field(ack, "ERR", 2)).isEqualTo("PV1^1^45");
        assertThat(Hl7Assertions.field(ack, "ERR", 3)).startsWith("102^");
        assertThat(Hl7Assertions.field(ack, "ERR", 8)).contains("dischargedAt must not be before the admission");
        assertThat(rig.events("V251001")).hasSize(2); // the admission and its coding
        assertThat(rig.inbox().messages(Hl7Outcome.REJECTED, 10)).singleElement()
                .satisfies(m -> assertThat(m.error()).startsWith("PV1-45: "));
    }

    @Test
    void aVersion23SenderGetsItsErrorInMsa3AndErr1() {
        String noVisitNumber = Corpus.message("meditech-23-observation", 0).replace("|M23-5501|", "||");

        String ack = rig.inbox().receive(noVisitNumber);

        assertThat(Hl7Assertions.field(ack, "MSH", 12)).isEqualTo("2.3");
        assertThat(Hl7Assertions.ackCode(ack)).isEqualTo("AE");
        assertThat(Hl7Assertions.field(ack, "MSA", 3))
                .isEqualTo("PV1-19: the visit number is missing (looked in PV1-19, PID-18)");
        assertThat(Hl7Assertions.field(ack, "ERR", 1)).isEqualTo("PV1^1^19^101&Required field missing&HL70357");
    }

    @Test
    void unreadableTextIsKeptAsReceivedAndAnsweredWithAr() {
        String garbage = "MSH|this is|not|really\rHL7";

        String ack = rig.inbox().receive(garbage);

        assertThat(Hl7Assertions.ackCode(ack)).isEqualTo("AR");
        assertThat(rig.inbox().messages(Hl7Outcome.REJECTED, 10)).singleElement()
                .satisfies(m -> assertThat(m.raw()).isEqualTo(garbage));
    }

    @Test
    void keptMessagesArePagedByOutcomeThenOldestFirstAndCounted() {
        rig.close();
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        rig = new Hl7TestRig(Hl7TestRig.SETTINGS, clock);
        for (String garbage : List.of("MSH|first", "MSH|second", "MSH|third")) {
            rig.inbox().receive(garbage);
            clock.advance(Duration.ofMinutes(1));
        }
        rig.inbox().receive(Corpus.message(EPIC, 0));
        List<Hl7Outcome> both = List.of(Hl7Outcome.REJECTED, Hl7Outcome.APPLIED);

        assertThat(rig.inbox().messages(List.of(Hl7Outcome.REJECTED), 1, 1)).extracting(Hl7MessageRecord::raw)
                .containsExactly("MSH|second");
        assertThat(rig.inbox().messages(List.of(Hl7Outcome.REJECTED), 3, 10)).isEmpty();
        assertThat(rig.inbox().countMessages(List.of(Hl7Outcome.REJECTED))).isEqualTo(3);
        assertThat(rig.inbox().messages(both, 0, 10)).extracting(Hl7MessageRecord::outcome).containsExactly(
                Hl7Outcome.APPLIED, Hl7Outcome.REJECTED, Hl7Outcome.REJECTED, Hl7Outcome.REJECTED);
        assertThat(rig.inbox().messages(both, 1, 10)).extracting(Hl7MessageRecord::raw)
                .containsExactly("MSH|first", "MSH|second", "MSH|third");
        assertThat(rig.inbox().countMessages(both)).isEqualTo(4);
    }

    @Test
    void lineFeedsBetweenSegmentsReadLikeCarriageReturns() {
        String withCrLf = Corpus.message(EPIC, 0).replace("\r", "\r\n");

        assertThat(Hl7Assertions.ackCode(rig.inbox().receive(withCrLf))).isEqualTo("AA");
        assertThat(rig.episode("V251001")).containsEntry("patientId", "E1001");
    }

    @Test
    void aMessageParkedAheadOfItsAdmissionIsAppliedWhenTheApiAdmitsTheEpisode() {
        String discharge = Corpus.message("discharge-before-admission", 0);
        assertThat(Hl7Assertions.ackCode(rig.inbox().receive(discharge))).isEqualTo("AE");

        rig.axon().commandGateway().sendAndWait(new AdmitPatientCommand("V7000", "E7000", "GHH",
                PatientClass.INPATIENT, Instant.parse("2026-06-20T14:00:00Z"), null, null, "2S", null, false));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(rig.episode("V7000")).containsEntry("status", "DISCHARGED"));
        assertThat(rig.inbox().messages(null, 10)).singleElement()
                .satisfies(m -> assertThat(m.outcome()).isEqualTo(Hl7Outcome.APPLIED))
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(2));
    }

    @Test
    void anAdminRetryAppliesARefusedMessageOnceItsCauseIsGone() {
        List<String> feed = Corpus.messages(CERNER);
        rig.inbox().receive(feed.get(0));
        String earlyCancel = rig.inbox().receive(feed.get(4)); // A13 before the A03 it cancels
        rig.inbox().receive(feed.get(3));
        String refusedId = rig.inbox().messages(Hl7Outcome.REJECTED, 10).get(0).id();

        Hl7MessageRecord retried = rig.inbox().retry(refusedId).orElseThrow();

        assertThat(Hl7Assertions.ackCode(earlyCancel)).isEqualTo("AE");
        assertThat(retried.outcome()).isEqualTo(Hl7Outcome.APPLIED);
        assertThat(retried.error()).isNull();
        assertThat(rig.episode("CV7000123")).containsEntry("status", "ACTIVE");
    }

    @Test
    void anAppliedMessageIsNotRunAgain() {
        rig.inbox().receive(Corpus.message(EPIC, 0));
        String id = rig.inbox().messages(Hl7Outcome.APPLIED, 1).get(0).id();

        assertThatThrownBy(() -> rig.inbox().retry(id)).isInstanceOf(IllegalStateException.class);
        assertThat(rig.inbox().retry("no-such-id")).isEmpty();
    }
}
