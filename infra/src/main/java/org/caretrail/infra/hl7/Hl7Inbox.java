package org.caretrail.infra.hl7;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.EventMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes HL7 v2 ADT messages from any transport and answers each with its ACK text: keeps the
 * message as received, applies it through the command gateway once per control id, parks it when
 * its episode does not exist yet and applies it when the admission arrives.
 *
 * <p>Messages of one episode are processed one at a time in this process, so a message parked
 * while its admission is being applied cannot be missed by that admission's release.
 */
public final class Hl7Inbox {

    private static final Logger log = LoggerFactory.getLogger(Hl7Inbox.class);
    private static final int LOCK_STRIPES = 64;

    private final CommandGateway commandGateway;
    private final Hl7MessageStore store;
    private final AdtParser parser = new AdtParser();
    private final AdtCommandMapper mapper;
    private final CommandOutcomes outcomes = new CommandOutcomes();
    private final Clock clock;
    private final Supplier<String> ids;
    private final Hl7Metrics metrics;
    private final Object[] locks = new Object[LOCK_STRIPES];

    public Hl7Inbox(CommandGateway commandGateway, MongoDatabase database, Hl7Settings settings, Clock clock,
                    Hl7Metrics metrics) {
        this(commandGateway, database, settings, clock, () -> UUID.randomUUID().toString(), metrics);
    }

    public Hl7Inbox(CommandGateway commandGateway, MongoDatabase database, Hl7Settings settings, Clock clock,
                    Supplier<String> ids, Hl7Metrics metrics) {
        this.commandGateway = commandGateway;
        this.store = new Hl7MessageStore(database);
        this.mapper = new AdtCommandMapper(settings);
        this.clock = clock;
        this.ids = ids;
        this.metrics = metrics;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
        metrics.watchParked(store::countParked);
    }

    /** Keeps, applies and acknowledges one message from the MLLP feed; never throws for bad input. */
    public String receive(String message) {
        return receive(message, Hl7Caller.feed(), Hl7Transport.MLLP);
    }

    /**
     * As {@link #receive(String)}, for a message that came by {@code transport}, handed in by {@code caller}:
     * a signed-in caller's events record that caller as actor and role (the sending application stays in the
     * metadata), also when a parked message is applied later.
     */
    public String receive(String message, Hl7Caller caller, Hl7Transport transport) {
        long started = System.nanoTime();
        Hl7Answer answer = process(message, caller);
        metrics.received(transport, answer, System.nanoTime() - started);
        return answer.text();
    }

    /** Messages with this outcome (all when null), oldest first, at most {@code limit}. */
    public List<Hl7MessageRecord> messages(Hl7Outcome outcome, int limit) {
        return store.list(outcome, limit);
    }

    public Optional<Hl7MessageRecord> message(String id) {
        return store.find(id);
    }

    /**
     * Runs a kept message again, as an admin does after fixing its cause; empty when there is no
     * such message.
     *
     * @throws IllegalStateException when the message was applied or is a duplicate
     */
    public Optional<Hl7MessageRecord> retry(String id) {
        Optional<Hl7MessageRecord> kept = store.find(id);
        if (kept.isEmpty()) {
            return kept;
        }
        requireRerunnable(kept.get());
        rerun(kept.get(), true);
        return store.find(id);
    }

    /** Applies, in arrival order, the messages parked until this episode existed. */
    public void releaseParked(String episodeId) {
        synchronized (lockFor(episodeId)) {
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
        store.recordFinal(ids.get(), content, MessageHeader.guess(content), clock.instant(), Hl7Outcome.REJECTED,
                null, "bytes outside an MLLP frame", null);
        metrics.received(Hl7Transport.MLLP, new Hl7Answer(null, null, Hl7Outcome.REJECTED, Hl7Metrics.UNREADABLE),
                System.nanoTime() - started);
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
        MappedCommand mapped;
        try {
            mapped = mapper.map(parsed);
        } catch (Hl7Problem problem) {
            return receiveUnmappable(id, message, parsed, problem, now, caller);
        }
        synchronized (lockFor(mapped.episodeId())) {
            Optional<Hl7MessageRecord> first = store.claim(id, message, parsed.header(), now, caller);
            if (first.isPresent() && first.get().outcome() != Hl7Outcome.ERROR) {
                return answerDuplicate(id, message, parsed.header(), first.get(), now);
            }
            return apply(first.map(Hl7MessageRecord::id).orElse(id), parsed.header(), mapped, caller);
        }
    }

    private static void requireRerunnable(Hl7MessageRecord kept) {
        Hl7Outcome outcome = kept.outcome();
        if (outcome == Hl7Outcome.APPLIED || outcome == Hl7Outcome.DUPLICATE) {
            throw new IllegalStateException("Message " + kept.id() + " is " + outcome + "; only parked, rejected, "
                    + "failed or interrupted messages are re-run");
        }
    }

    /**
     * Applies a kept message again. With {@code recheck}, its outcome is read again under the episode's lock,
     * so a message the admission's release applied meanwhile is not applied twice.
     */
    private void rerun(Hl7MessageRecord kept, boolean recheck) {
        ParsedMessage parsed;
        MappedCommand mapped;
        try {
            parsed = parser.parse(kept.raw());
        } catch (Hl7Problem problem) {
            store.finish(kept.id(), Hl7Outcome.REJECTED, problem.ack(), problem.describe(), null, clock.instant());
            return;
        }
        try {
            mapped = mapper.map(parsed);
        } catch (Hl7Problem problem) {
            store.finish(kept.id(), Hl7Outcome.REJECTED, problem.ack(), problem.describe(), null, clock.instant());
            return;
        }
        synchronized (lockFor(mapped.episodeId())) {
            if (recheck) {
                requireRerunnable(store.find(kept.id()).orElseThrow());
            }
            apply(kept.id(), parsed.header(), mapped, kept.caller());
        }
    }

    private Hl7Answer apply(String id, MessageHeader header, MappedCommand mapped, Hl7Caller caller) {
        String type = Hl7Metrics.typeOf(header);
        Hl7Problem problem = null;
        try {
            commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(mapped.command())
                    .andMetaData(metaData(header, caller)));
        } catch (RuntimeException e) {
            problem = outcomes.problemFor(mapped, e);
        }
        Instant now = clock.instant();
        if (problem == null) {
            store.finish(id, Hl7Outcome.APPLIED, AckCode.AA, null, mapped.episodeId(), now);
            if (mapped.opensEpisode()) {
                releaseParked(mapped.episodeId());
            }
            return new Hl7Answer(Acks.ack(header, AckCode.AA, null, ids.get(), now), AckCode.AA,
                    Hl7Outcome.APPLIED, type);
        }
        Hl7Outcome outcome;
        if (outcomes.isMissingEpisode(problem)) {
            outcome = Hl7Outcome.PARKED;
            store.park(id, mapped.episodeId(), problem.ack(), problem.describe(), now);
        } else {
            outcome = outcomes.isTechnical(problem) ? Hl7Outcome.ERROR : Hl7Outcome.REJECTED;
            store.finish(id, outcome, problem.ack(), problem.describe(), mapped.episodeId(), now);
        }
        return new Hl7Answer(Acks.ack(header, problem.ack(), problem, ids.get(), now), problem.ack(), outcome, type);
    }

    private Hl7Answer rejectUnreadable(String id, String message, Hl7Problem problem, Instant now) {
        MessageHeader guessed = MessageHeader.guess(message);
        store.recordFinal(id, message, guessed, now, Hl7Outcome.REJECTED, problem.ack(), problem.describe(), null);
        return new Hl7Answer(Acks.ack(guessed, problem.ack(), problem, ids.get(), now), problem.ack(),
                Hl7Outcome.REJECTED, Hl7Metrics.UNREADABLE);
    }

    /** Kept as REJECTED in the same write that claims its control key, unless it is a repeat. */
    private Hl7Answer receiveUnmappable(String id, String message, ParsedMessage parsed, Hl7Problem problem,
                                        Instant now, Hl7Caller caller) {
        MessageHeader header = parsed.header();
        Optional<Hl7MessageRecord> first = store.claimFinished(id, message, header, now, caller,
                Hl7Outcome.REJECTED, problem.ack(), problem.describe());
        if (first.isPresent() && first.get().outcome() != Hl7Outcome.ERROR) {
            return answerDuplicate(id, message, header, first.get(), now);
        }
        first.ifPresent(failed -> store.finish(failed.id(), Hl7Outcome.REJECTED, problem.ack(), problem.describe(),
                null, now));
        return new Hl7Answer(Acks.ack(header, problem.ack(), problem, ids.get(), now), problem.ack(),
                Hl7Outcome.REJECTED, Hl7Metrics.typeOf(header));
    }

    /** A repeat answers as its first copy did, or AA once that was applied, and records no command. */
    private Hl7Answer answerDuplicate(String id, String message, MessageHeader header, Hl7MessageRecord first,
                                      Instant now) {
        AckCode ack = first.ackCode() == null ? AckCode.AR : first.ackCode();
        Hl7Problem problem = first.outcome() == Hl7Outcome.APPLIED ? null : new Hl7Problem(ack,
                first.outcome() == Hl7Outcome.RECEIVED ? ErrorCode.APPLICATION_RECORD_LOCKED
                        : ErrorCode.DUPLICATE_KEY_IDENTIFIER, "MSH-10",
                "control id " + header.controlId() + " was received before and is " + first.outcome()
                        + (first.error() == null ? "" : " (" + first.error() + ")"));
        AckCode answer = first.outcome() == Hl7Outcome.APPLIED ? AckCode.AA : ack;
        store.recordFinal(id, message, header, now, Hl7Outcome.DUPLICATE, answer, null, first.id());
        log.debug("HL7 message {} repeats {} ({})", id, first.id(), first.outcome());
        return new Hl7Answer(Acks.ack(header, answer, problem, ids.get(), now), answer, Hl7Outcome.DUPLICATE,
                Hl7Metrics.typeOf(header));
    }

    private static MetaData metaData(MessageHeader header, Hl7Caller caller) {
        String sender = header.sendingApplication() == null ? EventMetadata.SOURCE_HL7 : header.sendingApplication();
        MetaData metaData = MetaData.with(EventMetadata.SOURCE, EventMetadata.SOURCE_HL7)
                .and(EventMetadata.SOURCE_MESSAGE_ID, header.controlId())
                .and(EventMetadata.SENDING_APPLICATION, sender);
        return caller.signedIn()
                ? metaData.and(EventMetadata.ACTOR, caller.actor()).and(EventMetadata.ROLE, caller.role())
                : metaData.and(EventMetadata.ACTOR, sender).and(EventMetadata.ROLE, EventMetadata.ROLE_INTEGRATION);
    }

    private Object lockFor(String episodeId) {
        return locks[Math.floorMod(episodeId.hashCode(), LOCK_STRIPES)];
    }
}
