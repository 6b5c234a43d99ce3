package org.caretrail.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.episode.api.EventMetadata;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.serialization.CareTrailSerializers;

/**
 * Appends one event at a time to existing episodes (so each append links to a stored previous event) on the
 * embedded in-memory server, for the cost of the hash chain (decision 0003). {@code verify} then times a full
 * verification and the checkpoints over the same store.
 */
final class ChainAppendBench {

    private static final int EPISODES = 2_500;
    private static final int EVENTS_PER_EPISODE = 5;
    private static final int SAMPLES = 2_000;

    private ChainAppendBench() {
    }

    static void run(Report report, Consumer<MongoDatabase> afterwards) throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("bench");
            CareTrailEventStorageEngine engine = engine(database);
            long[] next = new long[EPISODES];
            for (int episode = 0; episode < EPISODES; episode++) {
                List<DomainEventMessage<?>> commit = new ArrayList<>();
                for (int sequence = 0; sequence < EVENTS_PER_EPISODE; sequence++) {
                    commit.add(event(episode, next[episode]++));
                }
                engine.appendEvents(commit);
            }
            Random random = new Random(42);
            List<Integer> warm = new ArrayList<>();
            for (int i = 0; i < SAMPLES + SAMPLES / 4; i++) {
                warm.add(random.nextInt(EPISODES));
            }
            List<Integer> cold = new ArrayList<>();
            for (int episode = 0; episode < EPISODES; episode++) {
                cold.add(episode);
            }
            Collections.shuffle(cold, random);
            Report.Table table = new Report.Table("appending engine", "mean us", "p50 us", "p99 us");
            measure(table, "the one that stored the previous event", engine, warm, next);
            measure(table, "a new one, each episode once (one lookup)", engine(database), cold, next);
            report.section("Append to an existing episode", "Single-event appends on the embedded memory server "
                    + "with " + EPISODES * EVENTS_PER_EPISODE + " events stored first, " + SAMPLES + " per row. Each "
                    + "event's hash chains to the previous event of its episode (decision 0003): known to the engine "
                    + "that stored or loaded it, else found by one exact lookup.", table);
            afterwards.accept(database);
        } finally {
            server.shutdownNow();
        }
    }

    private static CareTrailEventStorageEngine engine(MongoDatabase database) {
        CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder()
                                                                        .database(database)
                                                                        .eventSerializer(CareTrailSerializers.jackson())
                                                                        .snapshotSerializer(CareTrailSerializers.jackson())
                                                                        .build();
        engine.ensureIndexes();
        return engine;
    }

    // The first quarter of the episodes warms the JVM up and is not counted.
    private static void measure(Report.Table table, String row, CareTrailEventStorageEngine engine,
                                List<Integer> episodes, long[] next) {
        int warmUp = episodes.size() - SAMPLES;
        long[] appends = new long[SAMPLES];
        for (int i = 0; i < episodes.size(); i++) {
            int episode = episodes.get(i);
            DomainEventMessage<?> event = event(episode, next[episode]++);
            long start = System.nanoTime();
            engine.appendEvents(event);
            if (i >= warmUp) {
                appends[i - warmUp] = System.nanoTime() - start;
            }
        }
        Arrays.sort(appends);
        table.row(row, Arrays.stream(appends).sum() / SAMPLES / 1_000, appends[SAMPLES / 2] / 1_000,
                  appends[SAMPLES * 99 / 100] / 1_000);
    }

    private static DomainEventMessage<?> event(int episode, long sequence) {
        String episodeId = "episode-" + episode;
        BenchNoteRecorded payload = new BenchNoteRecorded(episodeId, "patient-" + episode % 997, "facility-3",
                                                          "note " + sequence + " on the ward round",
                                                          Instant.parse("2025-03-01T08:00:00Z")
                                                                 .plusSeconds(sequence * 600L));
        return new GenericDomainEventMessage<>("Episode", episodeId, sequence, payload,
                                               MetaData.with(EventMetadata.ACTOR, "bench").and(EventMetadata.SOURCE, EventMetadata.SOURCE_API));
    }
}
