package org.caretrail.infra.hl7;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Takes HL7 v2 ADT messages from any transport and answers each with its ACK text: keeps the
 * message as received, applies it through the command gateway once per control id, parks it when
 * its episode does not exist yet, and applies it when {@link #releaseParked(String)} is told that the
 * admission arrived (by {@link ParkedMessageReleaser}, the one path, whichever way the admission came).
 *
 * <p>Messages of one episode are processed one at a time in this process, so a message parked
 * while its admission is being applied cannot be missed by that admission's release.
 */
public final class Hl7Inbox {

    private final Hl7MessageStore store;
    private final AdtParser parser = new AdtParser();
    private final AdtCommandMapper mapper = new AdtCommandMapper();
    private final Hl7Settings settings;
    private final Clock clock;
    private final Supplier<String> ids;
    private final Hl7Metrics metrics;
    private final MessageApplier applier;

    public Hl7Inbox(CommandGateway commandGateway, EventStore eventStore, MongoDatabase database,
                    Hl7Settings settings, Clock clock, Hl7Metrics metrics) {
        this(commandGateway, eventStore, database, settings, clock, () -> UUID.randomUUID().toString(), metrics);
    }

    public Hl7Inbox(CommandGateway commandGateway, EventStore eventStore, MongoDatabase database,
                    Hl7Settings settings, Clock clock, Supplier<String> ids, Hl7Metrics metrics) {
        this(commandGateway, () -> eventStore, database, settings, clock, ids, metrics);
    }

    /** With the event store of an Axon configuration, looked up when first needed. */
    public static Hl7Inbox of(CommandGateway commandGateway, Supplier<org.axonframework.config.Configuration> axon,
                              MongoDatabase database, Hl7Settings settings, Clock clock, Hl7Metrics metrics) {
        return new Hl7Inbox(commandGateway, () -> axon.get().eventStore(), database, settings, clock,
                () -> UUID.randomUUID().toString(), metrics);
    }

    private Hl7Inbox(CommandGateway commandGateway, Supplier<EventStore> eventStore, MongoDatabase database,
                     Hl7Settings settings, Clock clock, Supplier<String> ids, Hl7Metrics metrics) {
        this.store = new Hl7MessageStore(database);
        this.settings = settings;
        this.clock = clock;
        this.ids = ids;
        this.metrics = metrics;
        this.applier = new MessageApplier(commandGateway, new VisitIdentities(eventStore), store, clock, ids);
        metrics.watchParked(store::countParked);
    }

    /** Keeps, applies and acknowledges one message from the default MLLP listener; never throws for bad input. */
    public String receive(String message) {
        return receive(message, Hl7Caller.feed(), Hl7Transport.MLLP);
    }

    /**
     * As {@link #receive(String)}, for a message that came by {@code transport}, handed in by {@code caller},
     * whom its events record as actor and role, also when a parked message is applied later.
     */
    public String receive(String message, Hl7Caller caller, Hl7Transport transport) {
        return handle(message, caller, transport).text();
    }

    /** As {@link #receive(String, Hl7Caller, Hl7Transport)}, answering what became of the message too. */
    public Hl7Answer handle(String message, Hl7Caller caller, Hl7Transport transport) {
        long started = System.nanoTime();
        Hl7Answer answer = process(message, caller);
        metrics.received(transport, answer, System.nanoTime() - started);
        return answer;
    }

    /**
     * Takes a batch (FHS/BHS envelopes, or messages one after another) message by message, in order, and
     * answers each: the reply is a batch of ACKs in an envelope answering the one received.
     */
    public Hl7BatchAnswer receiveBatch(String text, Hl7Caller caller, Hl7Transport transport) {
        Hl7Batch batch = Hl7Batch.split(text);
        List<Hl7Answer> answers = new ArrayList<>();
        for (String message : batch.messages()) {
            answers.add(handle(message, caller, transport));
        }
        return new Hl7BatchAnswer(batch.reply(answers, ids.get(), clock.instant()), answers);
    }

    /** Whether the text is a batch (an FHS/BHS envelope, or more than one message) rather than one message. */
    public static boolean isBatch(String text) {
        return Hl7Batch.isBatch(text);
    }

    /** Messages with this outcome (all when null), oldest first, at most {@code limit}. */
    public List<Hl7MessageRecord> messages(Hl7Outcome outcome, int limit) {
        return store.list(outcome, limit);
    }

    /**
     * One page of the messages with any of these outcomes, ordered by outcome name and then oldest first; {@code skip}
     * messages are passed over before the page's {@code limit}.
     */
    public List<Hl7MessageRecord> messages(Collection<Hl7Outcome> outcomes, int skip, int limit) {
        return store.page(outcomes, skip, limit);
    }

    /** How many kept messages have any of these outcomes. */
    public long countMessages(Collection<Hl7Outcome> outcomes) {
        return store.count(outcomes);
    }

    public Optional<Hl7MessageRecord> message(String id) {
        return store.find(id);
    }

    /**
     * Runs a kept message again, as an admin does after fixing its cause (or its sender's profile); empty
     * when there is no such message.
     *
     * @throws IllegalStateException when the message was applied, is a duplicate, or its text was dropped
     */
    public Optional<Hl7MessageRecord> retry(String id) {
        Optional<Hl7MessageRecord> kept = store.find(id);
        if (kept.isEmpty()) {
            return kept;
        }
        MessageApplier.requireRerunnable(kept.get());
        rerun(kept.get(), true);
        return store.find(id);
    }

    /** Applies, in arrival order, the messages parked until this episode existed. */
    public void releaseParked(String episodeId) {
        synchronized (applier.lockFor(episodeId)) {
            List<String> parkedIds = store.takeParked(episodeId);
            if (parkedIds.isEmpty()) {
                return;
            }
            // read under the episode's lock, which every change of a parked message here is made under
            for (Hl7MessageRecord kept : store.findParked(parkedIds)) {
                rerun(kept, false);
            }
        }
    }

    /**
     * Drops the text of messages that need no more work once the retention has passed since they were
     * processed; their outcome and content hash stay. Answers how many were dropped.
     */
    public long dropExpiredRaw() {
        Instant now = clock.instant();
        return store.dropRawBefore(now.minus(settings.rawRetention()), now);
    }

    /** Keeps a frame the transport found malformed and answers AR. */
    String rejectMalformed(String content, String reason) {
        long started = System.nanoTime();
        Hl7Problem problem = Hl7Problem.rejected(ErrorCode.SEGMENT_SEQUENCE_ERROR, null, reason);
        Hl7Answer answer = rejectUnreadable(ids.get(), content, problem, clock.instant());
        metrics.received(Hl7Transport.MLLP, answer, System.nanoTime() - started);
        return answer.text();
    }

    /** Keeps bytes that arrived outside any frame; there is no one to answer. */
    void recordUnframed(String content) {
        long started = System.nanoTime();
        String id = ids.get();
        store.recordFinal(id, content, MessageHeader.guess(content), clock.instant(), Hl7Outcome.REJECTED,
                null, "bytes outside an MLLP frame", null);
        metrics.received(Hl7Transport.MLLP, new Hl7Answer(null, null, Hl7Outcome.REJECTED, Hl7Metrics.UNREADABLE,
                id), System.nanoTime() - started);
    }

    long storedCount() {
        return store.count();
    }

    Hl7Metrics metrics() {
        return metrics;
    }

    private Hl7Answer process(String message, Hl7Caller caller) {
        Instant now = clock.instant();
        String id = ids.get();
        ParsedMessage parsed;
        try {
            parsed = parser.parse(message);
        } catch (Hl7Problem problem) {
            return rejectUnreadable(id, message, problem, now);
        }
        SenderProfile profile = settings.profileFor(parsed.header());
        MappedCommand mapped;
        try {
            mapped = mapper.map(parsed, profile);
        } catch (Hl7Problem problem) {
            return applier.finishUnmapped(id, message, parsed.header(), null, problem, now, caller);
        }
        if (mapped.ignored()) {
            return applier.finishUnmapped(id, message, parsed.header(), mapped, null, now, caller);
        }
        return applier.claimAndApply(id, message, parsed.header(), mapped, caller, profile, now);
    }

    /** Applies a kept message again; with {@code recheck}, its outcome is read again under the episode's lock. */
    private void rerun(Hl7MessageRecord kept, boolean recheck) {
        if (kept.raw() == null) {
            throw new IllegalStateException("Message " + kept.id() + " has no text any more");
        }
        ParsedMessage parsed;
        MappedCommand mapped;
        try {
            parsed = parser.parse(kept.raw());
            mapped = mapper.map(parsed, settings.profileFor(parsed.header()));
        } catch (Hl7Problem problem) {
            store.finish(kept.id(), Hl7Outcome.REJECTED, problem.ack(), problem.describe(), null, clock.instant());
            return;
        }
        applier.rerun(kept, parsed.header(), mapped, settings.profileFor(parsed.header()), recheck);
    }

    private Hl7Answer rejectUnreadable(String id, String message, Hl7Problem problem, Instant now) {
        MessageHeader guessed = MessageHeader.guess(message);
        store.recordFinal(id, message, guessed, now, Hl7Outcome.REJECTED, problem.ack(), problem.describe(), null);
        return new Hl7Answer(Acks.ack(guessed, problem.ack(), problem, ids.get(), now), problem.ack(),
                Hl7Outcome.REJECTED, Hl7Metrics.UNREADABLE, id);
    }
}
