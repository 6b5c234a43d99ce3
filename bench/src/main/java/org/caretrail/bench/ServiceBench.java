package org.caretrail.bench;

import com.mongodb.client.MongoCollection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.Date;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.bson.Document;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.hl7.MllpServer;
import org.caretrail.infra.serialization.CareTrailSerializers;
import org.caretrail.web.CareTrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service on a filled store: rebuilding every projection against a raw scan of the
 * events, HTTP latency and throughput of the episode view, a 50-stay timeline and an admission,
 * and HL7 ADT messages per second over MLLP, with the heap after each.
 */
final class ServiceBench {

    static final String USER = "bench";
    static final String PASSWORD = "bench-password";
    private static final int WRITERS = 4;
    private static final int STAYS_PER_PATIENT = 5;
    private static final String FIFTY_STAY_PATIENT = "P-FIFTY";
    private static final long PROGRESS_EVERY_NANOS = 30_000_000_000L;
    private static final int SCAN_BATCH = 1_000;

    private ServiceBench() {
    }

    /**
     * Measures each backend with {@code bench.events} events (default 1,000,000), or {@code bench.events.MEMORY} /
     * {@code bench.events.H2} for one of them, writing the report after each backend.
     */
    static void run(Report report) throws Exception {
        Report.Table rebuild = new Report.Table("backend", "events", "fill s", "raw scan events/s",
                "projection rebuild events/s", "rebuild / scan", "heap after MiB", "load avg");
        Report.Table http = new Report.Table("backend", "request", "requests", "client threads", "p50 ms",
                "p99 ms", "requests/s", "floor ops/s", "ratio to floor", "heap after MiB", "load avg");
        Report.Table hl7 = new Report.Table("backend", "MLLP connections", "messages", "messages/s",
                "gateway commands/s", "ratio to gateway", "heap after MiB", "load avg");
        report.section("Projection rebuild", "The store is filled through the event store with realistic "
                + "ten-event episodes (patients with five stays 20 days apart, one with fifty), then the "
                + "application starts and every projection (episode view, audit trail, readmission, compliance) "
                + "builds from the first event. Raw scan is the driver reading every commit document of the "
                + "same store. Goal: projections, not reading, bound the rebuild. The application and the "
                + "embedded server share this JVM, so with the memory backend the heap holds the data too.", rebuild);
        report.section("HTTP", "Loopback, Java's HttpClient as the load generator in the same JVM, after the "
                + "rebuild above (same stored events). The floor, measured in the same run at the same concurrency, "
                + "is what the server allows such a read: a raw driver find of the same read-model document plus a "
                + "raw insertOne of an access-log entry (majority write concern, same indexes) per request. Goal: "
                + "at least 0.5x of the floor.", http);
        report.section("HL7", "ADT^A01 admissions over MLLP, each waiting for its ACK before the next on its "
                + "connection; against the same admissions sent as commands through the CommandGateway with as "
                + "many threads. Goal: at least 0.5x of the gateway.", hl7);
        int events = Integer.getInteger("bench.events", 1_000_000);
        List<String> backends = List.of(System.getProperty("bench.backends", "MEMORY,H2").split(","));
        for (EmbeddedBackend.Kind kind : EmbeddedBackend.Kind.values()) {
            if (!backends.contains(kind.name())) {
                continue;
            }
            measure(kind, Integer.getInteger("bench.events." + kind.name(), events), rebuild, http, hl7);
            report.write();
        }
    }

    private static void measure(EmbeddedBackend.Kind kind, int events, Report.Table rebuild, Report.Table http,
                                Report.Table hl7) throws Exception {
        try (EmbeddedBackend backend = new EmbeddedBackend(kind)) {
            CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder().database(backend.database())
                    .eventSerializer(CareTrailSerializers.jackson()).snapshotSerializer(CareTrailSerializers.jackson())
                    .build();
            engine.ensureIndexes();
            long started = System.nanoTime();
            int episodes = events / EpisodeHistories.EVENTS_PER_EPISODE;
            fill(engine, episodes);
            double fillSeconds = seconds(started);
            long stored = (long) (episodes + 50) * EpisodeHistories.EVENTS_PER_EPISODE;

            started = System.nanoTime();
            long scanned = rawScan(backend.database().getCollection("events"));
            double scanRate = scanned / seconds(started);

            started = System.nanoTime();
            try (ConfigurableApplicationContext app = start(backend.connectionString())) {
                awaitProjections(app, engine.lastAllocatedPosition());
                double rebuildRate = stored / seconds(started);
                rebuild.row(kind, String.format("%,d", stored), String.format("%.0f", fillSeconds),
                        String.format("%,.0f", scanRate), String.format("%,.0f", rebuildRate),
                                String.format("%.2f", rebuildRate / scanRate), Report.heapAfterGcMiB(), Report.loadAverage());

                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                httpRows(kind, port, episodes, http, backend.database());
                MllpServer mllp = app.getBean(MllpServer.class);
                CommandGateway gateway = app.getBean(CommandGateway.class);
                for (int connections : new int[] {1, 4}) {
                    int messages = Integer.getInteger("bench.messages", 2_000);
                    double rate = mllpRate(mllp.port(), connections, messages);
                    double commands = gatewayRate(gateway, connections, messages);
                    hl7.row(kind, connections, messages, String.format("%,.0f", rate), String.format("%,.0f", commands),
                            String.format("%.2f", rate / commands), Report.heapAfterGcMiB(), Report.loadAverage());
                }
            }
        }
    }

    private static void fill(CareTrailEventStorageEngine engine, int episodes) throws Exception {
        runParallel(WRITERS, writer -> () -> {
            for (int n = writer; n < episodes; n += WRITERS) {
                String patient = "P-" + n / STAYS_PER_PATIENT;
                engine.appendEvents(EpisodeHistories.episode("E-" + n, patient, n % STAYS_PER_PATIENT));
            }
            if (writer == 0) {
                for (int stay = 0; stay < 50; stay++) {
                    engine.appendEvents(EpisodeHistories.episode("E-FIFTY-" + stay, FIFTY_STAY_PATIENT, stay));
                }
            }
        });
    }

    private static long rawScan(MongoCollection<Document> commits) {
        long events = 0;
        // the embedded server answers a find's first batch whole unless told its size
        for (Document commit : commits.find().batchSize(SCAN_BATCH)) {
            List<?> entries = commit.getList("events", Object.class);
            events += entries == null ? 0 : entries.size();
        }
        return events;
    }

    private static ConfigurableApplicationContext start(String connectionString) {
        return new SpringApplicationBuilder(CareTrailApplication.class).run(
                "--caretrail.storage.mongodb-uri=" + connectionString + "/bench",
                "--server.port=0",
                "--caretrail.hl7.mllp-port=0",
                "--caretrail.security.users[0]=" + USER + ":{noop}" + PASSWORD
                        + ":CASE_MANAGER,INTEGRATION,QUALITY,COMPLIANCE,ADMIN",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }

    private static void awaitProjections(ConfigurableApplicationContext app, long head) throws InterruptedException {
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        long started = System.nanoTime();
        long nextReport = started + PROGRESS_EVERY_NANOS;
        while (true) {
            boolean done = true;
            long slowest = head;
            for (var processor : processing.eventProcessors().values()) {
                if (processor instanceof StreamingEventProcessor streaming) {
                    Map<Integer, EventTrackerStatus> segments = streaming.processingStatus();
                    if (segments.isEmpty() && !processor.getName().startsWith("hl7")) {
                        done = false;
                    }
                    for (EventTrackerStatus status : segments.values()) {
                        TrackingToken token = status.getTrackingToken();
                        TrackingToken current = WrappedToken.unwrapLowerBound(token);
                        long position = current == null ? -1 : current.position().orElse(-1);
                        slowest = Math.min(slowest, position);
                        if (position < head) {
                            done = false;
                        }
                    }
                }
            }
            if (done) {
                return;
            }
            if (System.nanoTime() > nextReport) {
                System.out.printf("rebuild: slowest segment at position %,d of %,d after %.0f s%n", slowest, head,
                        seconds(started));
                nextReport += PROGRESS_EVERY_NANOS;
            }
            Thread.sleep(100);
        }
    }

    private static void httpRows(EmbeddedBackend.Kind kind, int port, int episodes, Report.Table http,
                                 MongoDatabase database) throws Exception {
        MongoCollection<Document> floorLog = database.getCollection("bench_access_floor")
                .withWriteConcern(WriteConcern.MAJORITY);
        floorLog.createIndex(Indexes.descending("at"));
        floorLog.createIndex(Indexes.compoundIndex(Indexes.ascending("user"), Indexes.descending("at")));
        floorLog.createIndex(Indexes.compoundIndex(Indexes.ascending("patientIds"), Indexes.descending("at")));
        Map<String, IntFunction<Runnable>> floors = Map.of(
                "GET episode view", i -> () -> floorRead(database.getCollection("episode_view"),
                        "E-" + Math.floorMod(i * 7919, episodes), floorLog),
                "GET timeline, 50 stays", i -> () -> floorRead(database.getCollection("readmission_patients"),
                        FIFTY_STAY_PATIENT, floorLog));
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        String auth = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        AtomicInteger admissions = new AtomicInteger();
        Map<String, IntFunction<HttpRequest>> requests = new java.util.LinkedHashMap<>();
        requests.put("GET episode view", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/episodes/E-"
                + Math.floorMod(i * 7919, episodes))).header("Authorization", auth).GET().build());
        requests.put("GET timeline, 50 stays", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/patients/"
                + FIFTY_STAY_PATIENT + "/timeline")).header("Authorization", auth).GET().build());
        requests.put("POST admission", i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/episodes"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"episodeId":"BENCH-%d","patientId":"PB-%d","facilityId":"F-1","patientClass":"INPATIENT",
                         "admittedAt":"2026-03-01T10:00:00Z","payer":"MEDICARE"}""".formatted(
                        admissions.incrementAndGet(), i))).build());
        for (var entry : requests.entrySet()) {
            int count = Integer.getInteger("bench.requests", 2_000);
            int threads = 4;
            long[] latencies = new long[count];
            AtomicInteger next = new AtomicInteger();
            for (int i = 0; i < Math.min(200, count / 4); i++) {
                client.send(entry.getValue().apply(-i - 1), HttpResponse.BodyHandlers.discarding());
            }
            long started = System.nanoTime();
            runParallel(threads, t -> () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    HttpResponse<Void> response = client.send(entry.getValue().apply(i),
                            HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - sent;
                    if (response.statusCode() >= 300) {
                        throw new IllegalStateException(entry.getKey() + " answered " + response.statusCode());
                    }
                }
            });
            double rate = count / seconds(started);
            Arrays.sort(latencies);
            String floor = "";
            String ratio = "";
            IntFunction<Runnable> floorOp = floors.get(entry.getKey());
            if (floorOp != null) {
                AtomicInteger nextFloor = new AtomicInteger();
                long floorStarted = System.nanoTime();
                runParallel(threads, t -> () -> {
                    for (int i = nextFloor.getAndIncrement(); i < count; i = nextFloor.getAndIncrement()) {
                        floorOp.apply(i).run();
                    }
                });
                double floorRate = count / seconds(floorStarted);
                floor = String.format("%,.0f", floorRate);
                ratio = String.format("%.2f", rate / floorRate);
            }
            http.row(kind, entry.getKey(), count, threads, String.format("%.2f", latencies[count / 2] / 1e6),
                    String.format("%.2f", latencies[count * 99 / 100] / 1e6), String.format("%,.0f", rate),
                    floor, ratio, Report.heapAfterGcMiB(), Report.loadAverage());
        }
    }

    private static void floorRead(MongoCollection<Document> readModel, String id, MongoCollection<Document> log) {
        Document found = readModel.find(Filters.eq("_id", id)).first();
        if (found == null) {
            throw new IllegalStateException("floor: no document " + id);
        }
        log.insertOne(new Document("at", new Date()).append("user", USER).append("role", "CASE_MANAGER")
                .append("address", "127.0.0.1").append("method", "GET").append("path", "/api/v1/x/" + id)
                .append("episodeId", id).append("patientIds", List.of(String.valueOf(found.get("patientId"))))
                .append("status", 200));
    }

    /** The admissions the MLLP run sends, as commands through the gateway on as many threads. */
    private static double gatewayRate(CommandGateway gateway, int threads, int commands) throws Exception {
        AtomicInteger next = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        long started = System.nanoTime();
        runParallel(threads, t -> () -> {
            for (int i = next.getAndIncrement(); i < commands; i = next.getAndIncrement()) {
                gateway.sendAndWait(new AdmitPatientCommand("GW-" + run + "-" + i, "MGW" + run + "-" + i, "GHH",
                        PatientClass.INPATIENT, Instant.parse("2026-06-01T14:06:10Z"), Payer.MEDICARE, null, "4W",
                        "I50.9", false, java.time.LocalDate.of(1948, 3, 12)));
            }
        });
        return commands / seconds(started);
    }

    private static double mllpRate(int port, int connections, int messages) throws Exception {
        AtomicInteger next = new AtomicInteger();
        String run = Long.toString(System.nanoTime(), 36);
        long started = System.nanoTime();
        runParallel(connections, c -> () -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setTcpNoDelay(true);
                for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                    String ack = exchange(socket, admission(run + "-" + i));
                    if (!ack.contains("MSA|AA|")) {
                        throw new IllegalStateException("HL7 answered " + ack);
                    }
                }
            }
        });
        return messages / seconds(started);
    }

    private static String admission(String visit) {
        return String.join("\r",
                "MSH|^~\\&|BENCHADT|GHH|CARETRAIL|CARETRAIL|20260601140612||ADT^A01^ADT_A01|B-" + visit
                        + "|P|2.5.1",
                "EVN|A01|20260601140610",
                "PID|1||M" + visit + "^^^GHH^MR||DOE^JOHN||19480312|M",
                "PV1|1|I|4W^12^A^GHH||||1234^WELBY^MARCUS|||MED||||7|||1234^WELBY^MARCUS||V" + visit
                        + "^^^GHH^VN",
                "DG1|1||I50.9^Heart failure^I10||20260601|A") + "\r";
    }

    private static String exchange(Socket socket, String message) throws IOException {
        // one write per frame, as MLLP senders do: three small writes would wait on delayed TCP acknowledgements
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x0B);
        frame.writeBytes(message.getBytes(StandardCharsets.UTF_8));
        frame.write(0x1C);
        frame.write(0x0D);
        OutputStream out = socket.getOutputStream();
        out.write(frame.toByteArray());
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream ack = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0x1C; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed before the ACK ended");
            }
            if (b != 0x0B) {
                ack.write(b);
            }
        }
        in.read();
        return ack.toString(StandardCharsets.UTF_8);
    }

    /** A task that may throw. */
    interface Task {
        void run() throws Exception;
    }

    private static void runParallel(int threads, IntFunction<Task> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Task work = task.apply(t);
                running.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
