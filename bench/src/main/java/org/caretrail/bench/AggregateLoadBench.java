package org.caretrail.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.serialization.CareTrailSerializers;

/**
 * Loads 10-event episodes from stores of growing size on each embedded backend ({@code bench.backends}, default
 * MEMORY,H2; sizes from {@code bench.load.sizes}, default 1,000, 100,000 and 1,000,000), to show that loading an
 * aggregate does not slow down as the store grows.
 */
final class AggregateLoadBench {

    private static final int EVENTS_PER_EPISODE = 10;
    private static final int EVENTS_PER_COMMIT = 5;
    private static final int SAMPLES = 2_000;
    private static final int WRITERS = 4;

    private AggregateLoadBench() {
    }

    static void run(Report report, int... defaultStoreSizes) throws Exception {
        Report.Table table = new Report.Table("backend", "events in store", "fill s", "load mean µs", "load p50 µs",
                "load p99 µs", "lastSequenceNumberFor p50 µs", "heap after MiB", "load avg");
        String sizes = System.getProperty("bench.load.sizes");
        int[] storeSizes = sizes == null ? defaultStoreSizes
                : Arrays.stream(sizes.split(",")).mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        List<String> backends = List.of(System.getProperty("bench.backends", "MEMORY,H2").split(","));
        for (EmbeddedBackend.Kind kind : EmbeddedBackend.Kind.values()) {
            if (!backends.contains(kind.name())) {
                continue;
            }
            for (int storeSize : storeSizes) {
                measure(table, kind, storeSize);
            }
        }
        report.section("Aggregate load", "Loading a " + EVENTS_PER_EPISODE + "-event episode from stores of growing "
                + "size on each embedded backend, " + SAMPLES + " random loads per row. Goal: flat.", table);
    }

    private static void measure(Report.Table table, EmbeddedBackend.Kind kind, int storeSize) throws Exception {
        try (EmbeddedBackend backend = new EmbeddedBackend(kind)) {
            CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder()
                                                                            .database(backend.database())
                                                                            .eventSerializer(CareTrailSerializers.jackson())
                                                                            .snapshotSerializer(CareTrailSerializers.jackson())
                                                                            .build();
            engine.ensureIndexes();
            int episodes = storeSize / EVENTS_PER_EPISODE;
            long fillStart = System.nanoTime();
            fill(engine, episodes);
            double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

            Random random = new Random(42);
            for (int i = 0; i < SAMPLES / 4; i++) {
                engine.readEvents(episodeId(random.nextInt(episodes))).asStream().count();
            }
            long[] loads = new long[SAMPLES];
            long[] lastSequences = new long[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                String episode = episodeId(random.nextInt(episodes));
                long start = System.nanoTime();
                long loaded = engine.readEvents(episode).asStream().count();
                loads[i] = System.nanoTime() - start;
                if (loaded != EVENTS_PER_EPISODE) {
                    throw new IllegalStateException(episode + " loaded " + loaded + " events");
                }
                start = System.nanoTime();
                engine.lastSequenceNumberFor(episode);
                lastSequences[i] = System.nanoTime() - start;
            }
            Arrays.sort(loads);
            Arrays.sort(lastSequences);
            table.row(kind, String.format("%,d", storeSize), String.format("%.1f", fillSeconds),
                      Arrays.stream(loads).sum() / SAMPLES / 1_000, loads[SAMPLES / 2] / 1_000,
                      loads[SAMPLES * 99 / 100] / 1_000, lastSequences[SAMPLES / 2] / 1_000,
                      Report.heapAfterGcMiB(), Report.loadAverage());
        }
    }

    private static void fill(CareTrailEventStorageEngine engine, int episodes) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int first = writer;
                running.add(writers.submit(() -> {
                    for (int episode = first; episode < episodes; episode += WRITERS) {
                        appendEpisode(engine, episode);
                    }
                }));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            writers.shutdownNow();
        }
    }

    private static void appendEpisode(CareTrailEventStorageEngine engine, int episode) {
        String episodeId = episodeId(episode);
        for (int commitStart = 0; commitStart < EVENTS_PER_EPISODE; commitStart += EVENTS_PER_COMMIT) {
            List<DomainEventMessage<?>> commit = new ArrayList<>();
            for (int sequence = commitStart; sequence < commitStart + EVENTS_PER_COMMIT; sequence++) {
                BenchNoteRecorded payload = new BenchNoteRecorded(episodeId, "patient-" + episode % 997, "facility-3",
                                                                  "note " + sequence + " on the ward round",
                                                                  Instant.parse("2025-03-01T08:00:00Z")
                                                                         .plusSeconds(sequence * 600L));
                commit.add(new GenericDomainEventMessage<>("Episode", episodeId, sequence, payload,
                                                           MetaData.with(EventMetadata.ACTOR, "bench").and(EventMetadata.SOURCE, EventMetadata.SOURCE_API)));
            }
            engine.appendEvents(commit);
        }
    }

    private static String episodeId(int episode) {
        return "episode-" + episode;
    }
}
