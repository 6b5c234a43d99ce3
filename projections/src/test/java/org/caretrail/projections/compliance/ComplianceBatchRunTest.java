package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.bson.Document;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralCancelledEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A processor batch holding several clock events of one episode judges the episode once, after the last of them
 * (decision 0025), and stores what event-by-event delivery stores; an episode with an event that fails is judged
 * event by event, so that event fails alone and the dead-letter queue parks it and what follows.
 */
class ComplianceBatchRunTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant MONDAY_10 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aBatchStoresWhatOneByOneStoresAndAPoisonEventFailsAlone() {
        List<DomainEventMessage<EpisodeEvent>> events = interleaved(healthy("E1"), poisoned("E2"),
                List.of(admitted("E3", 0)));

        MongoDatabase batched = mongo.newDatabase();
        List<String> failedInBatch = inOneBatch(projection(batched), events, message -> true);
        MongoDatabase single = mongo.newDatabase();
        List<String> failedOneByOne = oneByOne(projection(single), events);

        assertThat(failedInBatch).containsExactly("E2#2").isEqualTo(failedOneByOne);
        assertThat(stored(batched, ComplianceStore.EPISODES)).hasSize(3)
                .isEqualTo(stored(single, ComplianceStore.EPISODES));
        assertThat(stored(batched, ComplianceStore.ACTIONABLE)).isNotEmpty()
                .isEqualTo(stored(single, ComplianceStore.ACTIONABLE));
        assertThat(stored(batched, ComplianceStore.EPISODES).get(1).get("version", Number.class).longValue())
                .as("E2 as after its last event before the poison").isEqualTo(1);
    }

    @Test
    void aRunTheProcessorCutsShortKeepsWhatWasHandled() {
        List<DomainEventMessage<EpisodeEvent>> events = healthy("E1");

        // an event in the middle is not handed over: the next one follows those handled
        MongoDatabase skipped = mongo.newDatabase();
        inOneBatch(projection(skipped), events, message -> message.getSequenceNumber() != 3);
        MongoDatabase skippedReference = mongo.newDatabase();
        oneByOne(projection(skippedReference), events.stream().filter(m -> m.getSequenceNumber() != 3).toList());
        assertThat(stored(skipped, ComplianceStore.EPISODES)).isEqualTo(stored(skippedReference, ComplianceStore.EPISODES));
        assertThat(stored(skipped, ComplianceStore.ACTIONABLE))
                .isEqualTo(stored(skippedReference, ComplianceStore.ACTIONABLE));

        // the last events are not handed over: the commit keeps the judgement of those that were
        MongoDatabase stopped = mongo.newDatabase();
        inOneBatch(projection(stopped), events, message -> message.getSequenceNumber() < 3);
        MongoDatabase stoppedReference = mongo.newDatabase();
        oneByOne(projection(stoppedReference), events.subList(0, 3));
        assertThat(stored(stopped, ComplianceStore.EPISODES)).hasSize(1)
                .isEqualTo(stored(stoppedReference, ComplianceStore.EPISODES));
        assertThat(stored(stopped, ComplianceStore.ACTIONABLE))
                .isEqualTo(stored(stoppedReference, ComplianceStore.ACTIONABLE));
    }

    private static List<DomainEventMessage<EpisodeEvent>> healthy(String episodeId) {
        return List.of(admitted(episodeId, 0),
                message(new ReferralPlacedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(3600), "R1",
                        ServiceType.HOME_HEALTH, "provider-1"), 1),
                message(new ReferralPlacedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(7200), "R2",
                        ServiceType.DME, "provider-1"), 2),
                message(new PatientDischargedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(259_200),
                        "01", null, PatientClass.INPATIENT), 3),
                message(new ReferralAcceptedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(10_800),
                        "R1", ServiceType.HOME_HEALTH, "provider-1"), 4),
                message(new ReferralCancelledEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(14_400),
                        "R2", ServiceType.DME, "provider-1", "not needed"), 5),
                message(new DischargeCancelledEvent(episodeId, patient(episodeId), "F-1",
                        MONDAY_10.plusSeconds(259_800), "wrong"), 6));
    }

    /** The answer to a referral the episode never placed makes the compliance handler throw. */
    private static List<DomainEventMessage<EpisodeEvent>> poisoned(String episodeId) {
        return List.of(admitted(episodeId, 0),
                message(new ReferralPlacedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(3600), "R1",
                        ServiceType.HOME_HEALTH, "provider-1"), 1),
                message(new ReferralAcceptedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(5400),
                        "R-NEVER-PLACED", ServiceType.HOME_HEALTH, "provider-1"), 2),
                message(new PatientDischargedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10.plusSeconds(259_200),
                        "01", null, PatientClass.INPATIENT), 3));
    }

    private static DomainEventMessage<EpisodeEvent> admitted(String episodeId, long sequence) {
        return message(new PatientAdmittedEvent(episodeId, patient(episodeId), "F-1", MONDAY_10, PatientClass.INPATIENT,
                Payer.MEDICARE, null, "4W", "I50.9", false), sequence);
    }

    private static String patient(String episodeId) {
        return "patient-of-" + episodeId;
    }

    private static DomainEventMessage<EpisodeEvent> message(EpisodeEvent event, long sequence) {
        return new GenericDomainEventMessage<>("Episode", event.episodeId(), sequence, event);
    }

    @SafeVarargs
    private static List<DomainEventMessage<EpisodeEvent>> interleaved(List<DomainEventMessage<EpisodeEvent>>... streams) {
        List<DomainEventMessage<EpisodeEvent>> all = new ArrayList<>();
        for (int i = 0; all.size() < java.util.Arrays.stream(streams).mapToInt(List::size).sum(); i++) {
            for (List<DomainEventMessage<EpisodeEvent>> stream : streams) {
                if (i < stream.size()) {
                    all.add(stream.get(i));
                }
            }
        }
        return all;
    }

    /**
     * The events in one processor batch, as Axon's dead-lettering invoker hands them over: an event whose handler
     * throws is parked, and so is every later event of its episode; returns the failed events.
     */
    private static List<String> inOneBatch(ComplianceProjection projection, List<DomainEventMessage<EpisodeEvent>> events,
                                           Predicate<DomainEventMessage<?>> handedOver) {
        List<String> failed = new ArrayList<>();
        Set<String> parked = new HashSet<>();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<EventMessage<?>>(events));
        unitOfWork.executeWithResult(() -> {
            DomainEventMessage<?> message = (DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage();
            if (handedOver.test(message)) {
                handle(projection, message, parked, failed);
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        return failed;
    }

    private static List<String> oneByOne(ComplianceProjection projection, List<DomainEventMessage<EpisodeEvent>> events) {
        List<String> failed = new ArrayList<>();
        Set<String> parked = new HashSet<>();
        events.forEach(message -> handle(projection, message, parked, failed));
        return failed;
    }

    private static void handle(ComplianceProjection projection, DomainEventMessage<?> message, Set<String> parked,
                               List<String> failed) {
        String episode = message.getAggregateIdentifier();
        if (parked.contains(episode)) {
            return;
        }
        try {
            projection.on((EpisodeEvent) message.getPayload(), message.getSequenceNumber());
        } catch (RuntimeException e) {
            parked.add(episode);
            failed.add(episode + "#" + message.getSequenceNumber());
        }
    }

    private static ComplianceProjection projection(MongoDatabase database) {
        return new ComplianceProjection(database, Facilities.allUtc(), ComplianceSettings.defaults());
    }

    private static List<Document> stored(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }
}
