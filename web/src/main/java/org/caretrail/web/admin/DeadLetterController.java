package org.caretrail.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.query.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists a projection's parked events and, once the cause is fixed, retries them in order. */
@RestController
@Tag(name = "Administration")
public class DeadLetterController {

    private final EventProcessingConfiguration processing;

    public DeadLetterController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @PatientRead // each parked event names its episode
    @GetMapping("/api/v1/admin/projections/{name}/dead-letters")
    @Operation(summary = "The events a projection could not handle, per episode in the order they arrived")
    public DeadLetterListing list(@PathVariable String name) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
        List<DeadLetterSequence> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<ParkedEvent> letters = new ArrayList<>();
            sequence.forEach(letter -> letters.add(ParkedEvent.of(letter)));
            if (!letters.isEmpty()) {
                sequences.add(new DeadLetterSequence(letters.get(0).sequenceId(), letters));
            }
        }
        return new DeadLetterListing(name, sequences.stream().mapToLong(s -> s.letters().size()).sum(), sequences);
    }

    /**
     * Retries every parked sequence once: a sequence whose events all succeed leaves the queue, one
     * that fails again stays, from the event that failed.
     */
    @NoPatientData // counts only
    @PostMapping("/api/v1/admin/projections/{name}/dead-letters/retry")
    @Operation(summary = "Retry a projection's parked events, each episode's in order")
    public RetryOutcome retry(@PathVariable String name) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(name);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(name)
                .orElseThrow(() -> noDeadLetters(name));
        Set<String> tried = new HashSet<>();
        int retried = 0;
        int failed = 0;
        while (true) {
            AtomicBoolean picked = new AtomicBoolean();
            // A sequence that fails keeps its first letter, so remembering that letter skips it on the next turn.
            boolean succeeded = processor.process(letter -> {
                boolean fresh = tried.add(letter.message().getIdentifier());
                picked.compareAndSet(false, fresh);
                return fresh;
            });
            if (!picked.get()) {
                break;
            }
            if (succeeded) {
                retried++;
            } else {
                failed++;
            }
        }
        return new RetryOutcome(name, retried, failed, queue.size());
    }

    // The queue provider answers for any name, so the processor is what tells a projection from a typo.
    private SequencedDeadLetterQueue<EventMessage<?>> queue(String name) {
        if (processing.eventProcessor(name).isEmpty()) {
            throw noDeadLetters(name);
        }
        return processing.deadLetterQueue(name).orElseThrow(() -> noDeadLetters(name));
    }

    private static NotFoundException noDeadLetters(String name) {
        return new NotFoundException("No projection named '" + name + "' with a dead-letter queue.");
    }
}
