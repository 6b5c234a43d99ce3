package org.caretrail.infra.hl7;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.json.JacksonSerializer;
import org.caretrail.domain.episode.EpisodeAggregate;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.infra.serialization.CareTrailSerializers;

/**
 * The real Axon configuration with the real Episode aggregate on an in-memory event store, and an
 * in-memory embedded MongoDB for the message store, with the inbox wired to both and its meters
 * in a simple registry.
 */
final class Hl7TestRig implements AutoCloseable {

    private static final String RELEASE = "hl7-parked-release";

    /** A site whose feed sends local Chicago time, OBS for observation, and plan codes for payers. */
    static final SenderProfile SITE = new SenderProfile("site", null, null, null, null, null, null,
            Set.of("OBS", "OBV"), Set.of("C"),
            Map.of("MCR", Payer.MEDICARE, "MCD", Payer.MEDICAID, "HUMMA", Payer.MEDICARE_ADVANTAGE,
                    "BCBS", Payer.COMMERCIAL, "SELF", Payer.SELF_PAY),
            ZoneId.of("America/Chicago"), Set.of("P", "T"), null, null);
    /** Cerner-style: the visit number is the FIN in PID-18; PV1-19 holds something else. */
    static final SenderProfile MILLENNIUM = new SenderProfile("millennium", "MILLPM", null,
            List.of(VisitNumberSource.PID_18, VisitNumberSource.PV1_19), null, null, null, SITE.observationPatientTypes(),
            SITE.plannedAdmissionTypes(), SITE.payerMapping(), SITE.zone(), SITE.processingIds(), null, null);
    /** A Dutch sender: the hospital number is the PID-3 identifier of authority ZHN, times in Amsterdam. */
    static final SenderProfile HIX = new SenderProfile("hix", "HIX", null, null, null, null, "ZHN",
            SITE.observationPatientTypes(), SITE.plannedAdmissionTypes(), SITE.payerMapping(),
            ZoneId.of("Europe/Amsterdam"), SITE.processingIds(), null, null);
    static final Hl7Settings SETTINGS = new Hl7Settings(List.of(MILLENNIUM, HIX), SITE, null);

    private final EmbeddedMongoServer mongoServer = EmbeddedMongoServer.inMemory();
    private final MongoClient client;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Configuration axon;
    private final Hl7Inbox inbox;

    Hl7TestRig() {
        this(SETTINGS, Clock.systemUTC(), null);
    }

    Hl7TestRig(Hl7Settings settings) {
        this(settings, Clock.systemUTC(), null);
    }

    Hl7TestRig(Hl7Settings settings, Clock clock) {
        this(settings, clock, null);
    }

    /** With a listener there is no release processor, whose polling would mix its round trips in. */

    /**
     * Admissions made by any route release parked messages, as in the application, by a tracking processor
     * ({@link #settle()} waits for it). With a {@code listener}, the event store is CareTrail's own on the same
     * MongoDB and the listener sees every command the client sends, so a test can count round trips.
     */
    private Hl7TestRig(Hl7Settings settings, Clock clock, CommandListener listener) {
        MongoClientSettings.Builder clientSettings = mongoServer.clientSettings();
        if (listener != null) {
            clientSettings.addCommandListener(listener);
        }
        client = MongoClients.create(clientSettings.build());
        MongoDatabase database = client.getDatabase("hl7test");
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> listener == null ? new InMemoryEventStorageEngine()
                        : mongoEventStore(database))
                .configureAggregate(EpisodeAggregate.type())
                .configureCorrelationDataProviders(c -> List.of(
                        new SimpleCorrelationDataProvider("actor", "role", "source", "sourceMessageId", "sendingApplication"),
                        new MessageOriginProvider()));
        Hl7Inbox[] holder = new Hl7Inbox[1];
        if (listener == null) {
            configurer.eventProcessing(processing -> processing
                    .registerTrackingEventProcessor(RELEASE)
                    .registerEventHandler(c -> new ParkedMessageReleaser(holder[0]))
                    .assignHandlerTypesMatching(RELEASE, type -> type == ParkedMessageReleaser.class));
        }
        axon = configurer.buildConfiguration();
        AtomicLong sequence = new AtomicLong();
        // ordered ids, so that a listing sorted by id is in arrival order
        inbox = new Hl7Inbox(axon.commandGateway(), axon.eventStore(), database, settings, clock,
                () -> String.format("m%08d", sequence.incrementAndGet()), new Hl7Metrics(meters, Duration.ZERO));
        holder[0] = inbox;
        axon.start();
    }

    /** On CareTrail's MongoDB event store, with every command the MongoDB client sends shown to the listener. */
    static Hl7TestRig onMongo(CommandListener listener) {
        return new Hl7TestRig(SETTINGS, Clock.systemUTC(), listener);
    }

    /** Waits until the release processor has seen every event, so that parked messages were released. */
    void settle() {
        TrackingToken head = axon.eventStore().createHeadToken();
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(RELEASE, StreamingEventProcessor.class).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> head == null || processor.processingStatus()
                .values().stream().anyMatch(status -> status.getTrackingToken() != null
                        && status.getTrackingToken().covers(head)));
    }

    /** Sends each message in turn and settles; answers the ACK codes. */
    List<String> receiveAll(List<String> messages) {
        List<String> acks = messages.stream().map(m -> Hl7Assertions.ackCode(inbox.receive(m))).toList();
        settle();
        return acks;
    }

    private static CareTrailEventStorageEngine mongoEventStore(MongoDatabase database) {
        CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder().database(database)
                .eventSerializer(CareTrailSerializers.jackson()).snapshotSerializer(CareTrailSerializers.jackson())
                .readSnapshots(false).build();
        engine.ensureIndexes();
        return engine;
    }

    SimpleMeterRegistry meters() {
        return meters;
    }

    Hl7Inbox inbox() {
        return inbox;
    }

    Configuration axon() {
        return axon;
    }

    /** Every event recorded for the episode, in order; none when it was never admitted. */
    List<? extends DomainEventMessage<?>> events(String episodeId) {
        return axon.eventStore().readEvents(episodeId).asStream().toList();
    }

    Map<String, String> episode(String episodeId) {
        return EpisodeFold.fold(events(episodeId));
    }

    @Override
    public void close() {
        axon.shutdown();
        client.close();
        mongoServer.close();
    }
}
