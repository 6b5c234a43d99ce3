package org.caretrail.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import org.bson.Document;
import org.caretrail.infra.accesslog.AccessEntry;
import org.caretrail.infra.accesslog.AccessLogStore;
import org.caretrail.infra.integrity.LogChain;

/**
 * Access-log appends per second through {@link AccessLogStore} (group commit, decision 0022; sequence and hash per
 * entry, decision 0024) with 1 and 4 writing threads, on each embedded backend: the write every patient read waits
 * for. {@code -Dbench.accesslog.appends=N} sets the appends timed per row (default 4000).
 */
final class AccessLogBench {

    private AccessLogBench() {
    }

    static void run(Report report) throws Exception {
        int appends = Integer.getInteger("bench.accesslog.appends", 4_000);
        Report.Table table = new Report.Table("backend", "threads", "appends", "seconds", "appends/s");
        for (EmbeddedBackend.Kind kind : EmbeddedBackend.Kind.values()) {
            for (int threads : new int[] {1, 4}) {
                try (EmbeddedBackend backend = new EmbeddedBackend(kind)) {
                    AccessLogStore store = new AccessLogStore(backend.database());
                    store.createIndexes();
                    append(store, 4, 250); // warm-up
                    long start = System.nanoTime();
                    append(store, threads, appends / threads);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    table.row(kind, threads, appends, String.format("%.2f", seconds),
                            String.format("%,.0f", appends / seconds));
                }
            }
        }
        report.section("Access-log appends", "Appends through AccessLogStore, each returning once its entry is "
                + "stored (majority), with 1 and 4 threads writing, after a warm-up of 1,000 (decisions 0022, 0024). "
                + "Load average at the end: " + Report.loadAverage() + ".", table);
        report.section("Access-log write steps", "Single-threaded, on the memory backend, " + appends
                + " each: what decision 0024 adds to a group write.", steps(appends));
    }

    private static Report.Table steps(int count) {
        Report.Table table = new Report.Table("step", "µs each");
        try (EmbeddedBackend backend = new EmbeddedBackend(EmbeddedBackend.Kind.MEMORY)) {
            LogChain chain = new LogChain(backend.database(), "steps");
            table.row("sequence from the leased block (one findAndModify per 64)",
                    micros(count, () -> chain.allocate(1)));
            Document entry = new Document("at", new Date()).append("user", "nurse-1").append("role", "CASE_MANAGER")
                    .append("path", "/api/v1/episodes/E-1").append("patientIds", List.of("P-1")).append("status", 200);
            table.row("sequence + SHA-256 of canonical JSON", micros(count, () -> LogChain.chained(entry, 1)));
            MongoCollection<Document> indexed = backend.database().getCollection("indexed");
            indexed.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true).sparse(true));
            long[] next = {0};
            table.row("insertOne, unique seq index", micros(count,
                    () -> indexed.insertOne(new Document("seq", ++next[0]).append("user", "nurse-1"))));
            MongoCollection<Document> bare = backend.database().getCollection("bare");
            table.row("insertOne, no index", micros(count,
                    () -> bare.insertOne(new Document("seq", ++next[0]).append("user", "nurse-1"))));
        }
        return table;
    }

    private static String micros(int count, Runnable step) {
        for (int i = 0; i < count / 10; i++) {
            step.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            step.run();
        }
        return String.format("%.1f", (System.nanoTime() - start) / 1e3 / count);
    }

    private static void append(AccessLogStore store, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String user = "reader-" + t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.append(new AccessEntry(Instant.now(), user, "CASE_MANAGER", "10.0.0.7", "GET",
                                "/api/v1/episodes/E-" + i, "E-" + i, List.of("P-" + i), 200));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
