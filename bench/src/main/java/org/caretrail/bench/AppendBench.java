package org.caretrail.bench;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.caretrail.domain.episode.EpisodeAggregate;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.serialization.CareTrailSerializers;

/**
 * Single-event commands (admissions) through Axon's CommandGateway on CareTrail's event store,
 * against raw driver inserts of an equivalent document and against the Axon MongoDB extension's
 * stock engine, each on a fresh embedded server of the same backend.
 */
final class AppendBench {

    private static final int OPERATIONS = 4_000;
    private static String lastRoundTrips = "";

    private AppendBench() {
    }

    static void run(Report report) throws Exception {
        Report.Table table = new Report.Table("backend", "client threads", "raw insertOne ops/s",
                "CareTrail commands/s", "ratio to raw", "stock engine commands/s", "ratio to stock", "heap after MiB",
                "CareTrail round trips per command", "load avg");
        for (EmbeddedBackend.Kind kind : EmbeddedBackend.Kind.values()) {
            for (int threads : new int[] {1, 4}) {
                double raw = rawInserts(kind, threads);
                double[] careTrail = commands(kind, threads, true);
                String roundTrips = lastRoundTrips;
                double[] stock = commands(kind, threads, false);
                table.row(kind, threads, fmt(raw), fmt(careTrail[0]), String.format("%.2fx", careTrail[0] / raw),
                        fmt(stock[0]), String.format("%.2fx", careTrail[0] / stock[0]), (long) careTrail[1],
                        roundTrips, Report.loadAverage());
            }
        }
        report.section("Append", OPERATIONS + " operations per cell, each on a fresh embedded server. A CareTrail "
                + "command is an admission through the CommandGateway: it loads the (empty) aggregate, takes a "
                + "position (from the engine's block of reserved positions, decision 0027) and inserts one commit document. Raw is one `insertOne` of a document of the same "
                + "shape and size. Goals: at least 0.5x of raw, at least 1.0x of the stock engine.", table);
    }

    private static double rawInserts(EmbeddedBackend.Kind kind, int threads) throws Exception {
        try (EmbeddedBackend backend = new EmbeddedBackend(kind)) {
            MongoCollection<Document> events = backend.database().getCollection("raw_events");
            AtomicLong position = new AtomicLong();
            return throughput(threads, i -> events.insertOne(commitLike(position.incrementAndGet())));
        }
    }

    private static double[] commands(EmbeddedBackend.Kind kind, int threads, boolean careTrail) throws Exception {
        try (EmbeddedBackend backend = new EmbeddedBackend(kind)) {
            Serializer serializer = CareTrailSerializers.jackson();
            EventStorageEngine engine;
            if (careTrail) {
                CareTrailEventStorageEngine ours = CareTrailEventStorageEngine.builder()
                        .database(backend.database()).eventSerializer(serializer).snapshotSerializer(serializer)
                        .readSnapshots(false).build();
                ours.ensureIndexes();
                engine = ours;
            } else {
                MongoEventStorageEngine stock = MongoEventStorageEngine.builder()
                        .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(backend.client(), "bench").build())
                        .eventSerializer(serializer).snapshotSerializer(serializer).build();
                stock.ensureIndexes();
                engine = stock;
            }
            Configuration axon = DefaultConfigurer.defaultConfiguration()
                    .configureSerializer(c -> serializer)
                    .configureEmbeddedEventStore(c -> engine)
                    .configureAggregate(EpisodeAggregate.type())
                    .buildConfiguration();
            axon.start();
            try {
                backend.commands().reset();
                double rate = throughput(threads, i -> axon.commandGateway().sendAndWait(new AdmitPatientCommand(
                        "E-" + UUID.randomUUID(), "P-" + i, "F-1", PatientClass.INPATIENT,
                        Instant.parse("2026-03-01T10:00:00Z"), Payer.MEDICARE, "ER", "4W", "I50.9", false)));
                lastRoundTrips = backend.commands().perOperation(OPERATIONS + 300);
                return new double[] {rate, Report.heapAfterGcMiB()};
            } finally {
                axon.shutdown();
            }
        }
    }

    /** Warms up, then runs {@link #OPERATIONS} operations over the given threads; returns operations per second. */
    private static double throughput(int threads, IntConsumer operation) throws Exception {
        for (int i = 0; i < 300; i++) {
            operation.accept(-i - 1);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                running.add(pool.submit(() -> {
                    for (int i = first; i < OPERATIONS; i += threads) {
                        operation.accept(i);
                    }
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return OPERATIONS / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Document commitLike(long position) {
        String episodeId = "E-" + UUID.randomUUID();
        Document payload = new Document("episodeId", episodeId).append("patientId", "P-" + position)
                .append("facilityId", "F-1").append("occurredAt", "2026-03-01T10:00:00Z")
                .append("patientClass", "INPATIENT").append("payer", "MEDICARE").append("admitSource", "ER")
                .append("unit", "4W").append("principalDiagnosis", "I50.9").append("planned", false);
        Document event = new Document("globalIndex", position).append("aggregateIdentifier", episodeId)
                .append("sequenceNumber", 0L).append("type", "Episode")
                .append("eventIdentifier", UUID.randomUUID().toString()).append("timestamp", new Date())
                .append("payloadType", "org.caretrail.domain.episode.api.PatientAdmittedEvent")
                .append("payloadRevision", "1").append("payload", payload)
                .append("metaData", new Document(EventMetadata.ACTOR, "bench").append(EventMetadata.SOURCE, EventMetadata.SOURCE_API));
        return new Document("storedAt", new Date()).append("positions", List.of(position))
                .append("streamKeys", List.of(episodeId + ":0")).append("events", List.of(event));
    }

    private static String fmt(double rate) {
        return String.format("%,.0f", rate);
    }
}
