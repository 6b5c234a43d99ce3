package org.caretrail.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.caretrail.infra.mongo.EmbeddedMongoServer;

/**
 * The embedded server's listener in the clear and behind mutual TLS (decision 0023), memory backend:
 * start-up (key generation included), the first command of a new client (connection and handshake),
 * then {@code find} by id round trips and {@code insertOne} throughput with 1 and 4 client threads.
 */
final class ListenerBench {

    private static final int ROUNDS = 5;
    private static final int FINDS = 4_000;
    private static final int INSERTS = 4_000;

    private ListenerBench() {
    }

    static void run(Report report) throws Exception {
        Report.Table table = new Report.Table("listener", "server start ms (median of " + ROUNDS + ")",
                "first command of a new client ms (median)", "find by _id p50 µs", "find by _id p99 µs",
                "insertOne/s, 1 thread", "insertOne/s, 4 threads");
        report.section("Embedded listener", "Memory backend, one client per measurement, " + FINDS + " finds and "
                + INSERTS + " inserts per cell after 1,000 warm-up finds; both kinds alternate, " + ROUNDS
                + " starts each, to even out the noise of a shared machine. Mutual TLS is TLS 1.3 with per-start EC"
                + " P-256 keys (decision 0023).", table);
        for (int warm = 0; warm < 2; warm++) {
            measure(false);
            measure(true);
        }
        List<long[]> plain = new ArrayList<>();
        List<long[]> tls = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            plain.add(measure(false));
            tls.add(measure(true));
        }
        for (boolean secured : new boolean[]{false, true}) {
            List<long[]> runs = secured ? tls : plain;
            table.row(secured ? "mutual TLS" : "plain TCP", median(runs, 0) / 1_000, median(runs, 1) / 1_000,
                    median(runs, 2), median(runs, 3), median(runs, 4), median(runs, 5));
        }
    }

    private static long median(List<long[]> runs, int column) {
        long[] values = runs.stream().mapToLong(run -> run[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /** start µs, first command µs, find p50 µs, find p99 µs, inserts/s 1 thread, inserts/s 4 threads. */
    private static long[] measure(boolean secured) throws Exception {
        long start = System.nanoTime();
        EmbeddedMongoServer server = secured ? EmbeddedMongoServer.inMemory() : EmbeddedMongoServer.unsecuredInMemory();
        long started = System.nanoTime();
        try (server; MongoClient client = MongoClients.create(server.clientSettings().build())) {
            MongoCollection<Document> collection = client.getDatabase("bench").getCollection("listener");
            collection.insertOne(new Document("_id", 0).append("text", "x".repeat(200)));
            long first = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                collection.find(new Document("_id", 0)).first();
            }
            long[] samples = new long[FINDS];
            for (int i = 0; i < FINDS; i++) {
                long before = System.nanoTime();
                collection.find(new Document("_id", 0)).first();
                samples[i] = System.nanoTime() - before;
            }
            Arrays.sort(samples);
            return new long[]{(started - start) / 1_000, (first - started) / 1_000, samples[FINDS / 2] / 1_000,
                    samples[FINDS * 99 / 100] / 1_000, inserts(collection, 1), inserts(collection, 4)};
        }
    }

    private static long inserts(MongoCollection<Document> collection, int threads) throws Exception {
        AtomicLong next = new AtomicLong(threads * 10_000_000L);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < INSERTS / threads; i++) {
                        collection.insertOne(new Document("_id", next.incrementAndGet()).append("text", "x".repeat(200)));
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            return Math.round(INSERTS * 1e9 / (System.nanoTime() - start));
        } finally {
            pool.shutdownNow();
        }
    }
}
