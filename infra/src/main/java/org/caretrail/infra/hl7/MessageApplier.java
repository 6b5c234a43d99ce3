package org.caretrail.infra.hl7;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.EventMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims a mapped message's control key and applies its commands under its episode's lock: checks that a
 * follow-up names the episode's own patient and facility, answers repeats as their first copy was answered,
 * refuses a control id reused for other content, parks what waits for its admission.
 */
final class MessageApplier {

    private static final Logger log = LoggerFactory.getLogger(MessageApplier.class);
    private static final int LOCK_STRIPES = 64;

    private final CommandGateway commandGateway;
    private final VisitIdentities identities;
    private final Hl7MessageStore store;
    private final CommandOutcomes outcomes = new CommandOutcomes();
    private final Clock clock;
    private final Supplier<String> ids;
    private final Object[] locks = new Object[LOCK_STRIPES];

    MessageApplier(CommandGateway commandGateway, VisitIdentities identities, Hl7MessageStore store, Clock clock,
                   Supplier<String> ids) {
        this.commandGateway = commandGateway;
        this.identities = identities;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    static void requireRerunnable(Hl7MessageRecord kept) {
        Hl7Outcome outcome = kept.outcome();
        if (outcome == Hl7Outcome.APPLIED || outcome == Hl7Outcome.DUPLICATE) {
            throw new IllegalStateException("Message " + kept.id() + " is " + outcome + "; only parked, rejected, "
                    + "ignored, failed or interrupted messages are re-run");
        }
    }

    Hl7Answer claimAndApply(String id, String raw, MessageHeader header, MappedCommand mapped, Hl7Caller caller,
                            SenderProfile profile, Instant now) {
        synchronized (lockFor(mapped.episodeId())) {
            Optional<Hl7MessageRecord> first = store.claim(id, raw, header, now, caller, mapped);
            if (first.isPresent()) {
                Optional<Hl7Answer> repeat = answerRepeat(id, raw, header, first.get(), now);
                if (repeat.isPresent()) {
                    return repeat.get();
                }
            }
            return apply(first.map(Hl7MessageRecord::id).orElse(id), header, mapped, caller, profile);
        }
    }

    /**
     * Keeps a readable message that needs no commands, in the write that claims its control key: refused
     * ({@code problem}: REJECTED) or of an untracked visit (IGNORED, AA), unless it repeats one kept before.
     */
    Hl7Answer finishUnmapped(String id, String raw, MessageHeader header, MappedCommand ignored, Hl7Problem problem,
                             Instant now, Hl7Caller caller) {
        Hl7Outcome outcome = problem == null ? Hl7Outcome.IGNORED : Hl7Outcome.REJECTED;
        AckCode ack = problem == null ? AckCode.AA : problem.ack();
        String reason = problem == null ? ignored.untrackedReason() : problem.describe();
        Optional<Hl7MessageRecord> first = store.claimFinished(id, raw, header, now, caller, ignored, outcome, ack,
                reason);
        if (first.isPresent()) {
            Optional<Hl7Answer> repeat = answerRepeat(id, raw, header, first.get(), now);
            if (repeat.isPresent()) {
                return repeat.get();
            }
            store.finish(first.get().id(), outcome, ack, reason, ignored == null ? null : ignored.episodeId(), now);
        }
        return new Hl7Answer(Acks.ack(header, ack, problem, ids.get(), now), ack, outcome, Hl7Metrics.typeOf(header),
                first.map(Hl7MessageRecord::id).orElse(id));
    }

    /** Applies a kept message again; with {@code recheck}, its outcome is read again under the episode's lock. */
    void rerun(Hl7MessageRecord kept, MessageHeader header, MappedCommand mapped, SenderProfile profile,
               boolean recheck) {
        if (mapped.ignored()) {
            store.finish(kept.id(), Hl7Outcome.IGNORED, AckCode.AA, mapped.untrackedReason(), mapped.episodeId(),
                    clock.instant());
            return;
        }
        synchronized (lockFor(mapped.episodeId())) {
            if (recheck) {
                requireRerunnable(store.find(kept.id()).orElseThrow());
            }
            apply(kept.id(), header, mapped, kept.caller(), profile);
        }
    }

    Object lockFor(String episodeId) {
        return locks[Math.floorMod(Objects.hashCode(episodeId), LOCK_STRIPES)];
    }

    private Hl7Answer apply(String id, MessageHeader header, MappedCommand mapped, Hl7Caller caller,
                            SenderProfile profile) {
        String type = Hl7Metrics.typeOf(header);
        Optional<VisitIdentity> known = mapped.opensEpisode() ? Optional.empty() : identities.find(mapped.episodeId());
        if (mapped.untrackedReason() != null && known.isEmpty()) {
            Instant now = clock.instant();
            store.finish(id, Hl7Outcome.IGNORED, AckCode.AA, mapped.untrackedReason(), mapped.episodeId(), now);
            return new Hl7Answer(Acks.ack(header, AckCode.AA, null, ids.get(), now), AckCode.AA, Hl7Outcome.IGNORED,
                    type, id);
        }
        Hl7Problem problem = known.map(identity -> mismatch(mapped, identity)).orElse(null);
        if (problem == null) {
            problem = send(mapped, header, caller, profile);
        }
        Instant now = clock.instant();
        if (problem == null) {
            store.finish(id, Hl7Outcome.APPLIED, AckCode.AA, null, mapped.episodeId(), now);
            if (mapped.command() instanceof AdmitPatientCommand admit) {
                identities.remember(admit.episodeId(), new VisitIdentity(admit.patientId(), admit.facilityId()));
            }
            return new Hl7Answer(Acks.ack(header, AckCode.AA, null, ids.get(), now), AckCode.AA,
                    Hl7Outcome.APPLIED, type, id);
        }
        Hl7Outcome outcome;
        if (outcomes.isMissingEpisode(problem)) {
            outcome = Hl7Outcome.PARKED;
            store.park(id, mapped.episodeId(), problem.ack(), problem.describe(), now);
        } else {
            outcome = outcomes.isTechnical(problem) ? Hl7Outcome.ERROR : Hl7Outcome.REJECTED;
            store.finish(id, outcome, problem.ack(), problem.describe(), mapped.episodeId(), now);
        }
        return new Hl7Answer(Acks.ack(header, problem.ack(), problem, ids.get(), now), problem.ack(), outcome, type,
                id);
    }

    private Hl7Problem send(MappedCommand mapped, MessageHeader header, Hl7Caller caller, SenderProfile profile) {
        for (Object command : mapped.commands()) {
            try {
                commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(metaData(header, caller, profile)));
            } catch (RuntimeException e) {
                return outcomes.problemFor(mapped, e);
            }
        }
        return null;
    }

    /** A follow-up is for the episode's own patient and facility; a visit number is not reassigned. */
    private static Hl7Problem mismatch(MappedCommand mapped, VisitIdentity identity) {
        if (mapped.facilityId() != null && !mapped.facilityId().equalsIgnoreCase(identity.facilityId())) {
            return Hl7Problem.refused(ErrorCode.UNKNOWN_KEY_IDENTIFIER, "PV1-19", "visit number '" + mapped.episodeId()
                    + "' is an episode of facility " + identity.facilityId() + ", not of " + mapped.facilityId()
                    + "; the message is kept for review");
        }
        if (mapped.patientId() != null && !mapped.patientId().equals(identity.patientId())) {
            return Hl7Problem.refused(ErrorCode.UNKNOWN_KEY_IDENTIFIER, "PID-3", "visit number '" + mapped.episodeId()
                    + "' is an episode of another patient than PID-3 names; the message is kept for review");
        }
        return null;
    }

    /**
     * A message whose control key was seen: a reuse of the control id for other content is refused (AE) and
     * kept for review; a repeat answers as its first copy did, or AA once that was applied or ignored, and
     * records no command. Empty when the first copy failed technically and this one is to be applied.
     */
    private Optional<Hl7Answer> answerRepeat(String id, String raw, MessageHeader header, Hl7MessageRecord first,
                                             Instant now) {
        String hash = ContentHash.of(raw);
        if (first.contentHash() != null && !first.contentHash().equals(hash)) {
            Hl7Problem reused = Hl7Problem.refused(ErrorCode.DUPLICATE_KEY_IDENTIFIER, "MSH-10", "control id "
                    + header.controlId() + " was used before for a message with other content; kept for review");
            store.recordFinal(id, raw, header, now, Hl7Outcome.REJECTED, AckCode.AE, reused.describe(), first.id());
            return Optional.of(new Hl7Answer(Acks.ack(header, AckCode.AE, reused, ids.get(), now), AckCode.AE,
                    Hl7Outcome.REJECTED, Hl7Metrics.typeOf(header), id));
        }
        if (first.outcome() == Hl7Outcome.ERROR) {
            return Optional.empty();
        }
        boolean taken = first.outcome() == Hl7Outcome.APPLIED || first.outcome() == Hl7Outcome.IGNORED;
        AckCode ack = taken ? AckCode.AA : first.ackCode() == null ? AckCode.AR : first.ackCode();
        Hl7Problem problem = taken ? null : new Hl7Problem(ack,
                first.outcome() == Hl7Outcome.RECEIVED ? ErrorCode.APPLICATION_RECORD_LOCKED
                        : ErrorCode.DUPLICATE_KEY_IDENTIFIER, "MSH-10",
                "control id " + header.controlId() + " was received before and is " + first.outcome()
                        + (first.error() == null ? "" : " (" + first.error() + ")"));
        store.recordFinal(id, raw, header, now, Hl7Outcome.DUPLICATE, ack, null, first.id());
        log.debug("HL7 message {} repeats {} ({})", id, first.id(), first.outcome());
        return Optional.of(new Hl7Answer(Acks.ack(header, ack, problem, ids.get(), now), ack, Hl7Outcome.DUPLICATE,
                Hl7Metrics.typeOf(header), id));
    }

    /** The actor is the caller: a signed-in user, or the integration identity of the profile or listener. */
    private static MetaData metaData(MessageHeader header, Hl7Caller caller, SenderProfile profile) {
        String sender = header.sendingApplication() == null ? "" : header.sendingApplication();
        MetaData metaData = MetaData.with(EventMetadata.SOURCE, EventMetadata.SOURCE_HL7)
                .and(EventMetadata.SOURCE_MESSAGE_ID, header.controlId())
                .and(EventMetadata.SENDING_APPLICATION, sender);
        if (!caller.isIntegration()) {
            return metaData.and(EventMetadata.ACTOR, caller.actor()).and(EventMetadata.ROLE, caller.role());
        }
        String identity = profile.identity() != null ? profile.identity()
                : caller.actor() != null ? caller.actor() : Hl7Caller.DEFAULT_LISTENER;
        return metaData.and(EventMetadata.ACTOR, identity).and(EventMetadata.ROLE, EventMetadata.ROLE_INTEGRATION);
    }
}
