package org.caretrail.infra.hl7;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.json.JacksonSerializer;
import org.caretrail.domain.episode.EpisodeAggregate;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.mongo.EmbeddedMongoServer;

/**
 * The real Axon configuration with the real Episode aggregate on an in-memory event store, and an
 * in-memory embedded MongoDB for the message store, with the inbox wired to both.
 */
final class Hl7TestRig implements AutoCloseable {

    /** A site whose feed sends local Chicago time, OBS for observation, and plan codes for payers. */
    static final Hl7Settings SETTINGS = new Hl7Settings(Set.of("OBS", "OBV"), Set.of("C"),
            Map.of("MCR", Payer.MEDICARE, "MCD", Payer.MEDICAID, "HUMMA", Payer.MEDICARE_ADVANTAGE,
                    "BCBS", Payer.COMMERCIAL, "SELF", Payer.SELF_PAY),
            ZoneId.of("America/Chicago"));

    private final EmbeddedMongoServer mongoServer = EmbeddedMongoServer.inMemory();
    private final MongoClient client = MongoClients.create(mongoServer.connectionString());
    private final Configuration axon;
    private final Hl7Inbox inbox;

    Hl7TestRig() {
        this(false);
    }

    /** With {@code releaser}, admissions made by any route release parked messages, as in the application. */
    Hl7TestRig(boolean releaser) {
        MongoDatabase database = client.getDatabase("hl7test");
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(EpisodeAggregate.type())
                .configureCorrelationDataProviders(c -> List.of(
                        new SimpleCorrelationDataProvider("actor", "role", "source", "sourceMessageId"),
                        new MessageOriginProvider()));
        Hl7Inbox[] holder = new Hl7Inbox[1];
        if (releaser) {
            configurer.eventProcessing(processing -> processing
                    .registerEventHandler(c -> new ParkedMessageReleaser(holder[0])));
        }
        axon = configurer.buildConfiguration();
        AtomicLong sequence = new AtomicLong();
        // ordered ids, so that a listing sorted by id is in arrival order
        inbox = new Hl7Inbox(axon.commandGateway(), database, SETTINGS, Clock.systemUTC(),
                () -> String.format("m%08d", sequence.incrementAndGet()));
        holder[0] = inbox;
        axon.start();
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
