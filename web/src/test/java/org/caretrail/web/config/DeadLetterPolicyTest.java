package org.caretrail.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

/** Which handler failures park an event and which ones make the processor try again. */
class DeadLetterPolicyTest {

    private final DeadLetter<EventMessage<?>> letter =
            new GenericDeadLetter<>("E-1", GenericEventMessage.asEventMessage("payload"));

    @Test
    void aFailureOfTheHandlerItselfParksTheEvent() {
        IllegalStateException bug = new IllegalStateException("handler bug");

        EnqueueDecision<EventMessage<?>> decision = DeadLetterConfiguration.decide(letter, bug);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).get().extracting(Throwable::getMessage).isEqualTo("handler bug");
    }

    @Test
    void anUnreachableDatabaseIsRethrownSoTheBatchIsRetriedInsteadOfParked() {
        MongoTimeoutException outage = new MongoTimeoutException("no server");

        assertThatThrownBy(() -> DeadLetterConfiguration.decide(letter, outage)).isSameAs(outage);
    }

    @Test
    void aLostConnectionDeepInTheCauseChainCountsAsAnOutage() {
        RuntimeException wrapped = new RuntimeException("projection write failed",
                new MongoSocketReadException("connection reset", new ServerAddress()));

        assertThatThrownBy(() -> DeadLetterConfiguration.decide(letter, wrapped)).isSameAs(wrapped);
    }
}
