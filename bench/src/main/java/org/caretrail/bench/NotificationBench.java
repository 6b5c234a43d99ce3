package org.caretrail.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.caretrail.web.CareTrailApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Event notifications on loopback: admissions recorded over HTTP by four clients, each told to a patient's primary
 * care webhook in this JVM; the time from the event's recording (its stored timestamp) to the webhook's arrival, and
 * notices delivered per second while the admissions flow.
 */
final class NotificationBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            (ServiceBench.USER + ":" + ServiceBench.PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final int CLIENTS = 4;
    private static final int PATIENTS = 50;

    private NotificationBench() {
    }

    static void run(Report report) throws Exception {
        Report.Table table = new Report.Table("backend", "notices", "recipients", "p50 ms", "p99 ms", "max ms",
                "notices/s", "heap after MiB");
        report.section("Event notifications", "Admissions over HTTP from " + CLIENTS + " clients, each routed to "
                + "the patient's primary care practice (" + PATIENTS + " webhook recipients in this JVM, signature "
                + "checked by nobody) and delivered by the worker (poll interval 200 ms, 4 sender threads). "
                + "Latency: from the event's stored timestamp to the webhook's arrival.", table);
        int notices = Integer.getInteger("bench.notices", 2_000);
        for (EmbeddedBackend.Kind kind : EmbeddedBackend.Kind.values()) {
            measure(kind, notices, table);
            report.write();
        }
    }

    private static void measure(EmbeddedBackend.Kind kind, int notices, Report.Table table) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(8));
        receiver.createContext("/hook", exchange -> {
            long arrived = System.currentTimeMillis();
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            latencies.add(arrived - Instant.parse(body.get("data").get("recordedAt").asText()).toEpochMilli());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (EmbeddedBackend backend = new EmbeddedBackend(kind);
             ConfigurableApplicationContext app = start(backend.connectionString())) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            for (int p = 0; p < PATIENTS; p++) {
                post(base + "/api/v1/notification-recipients", """
                        {"recipientId":"pcp-%d","name":"Practice %d","channel":"WEBHOOK","endpoint":"%s",
                         "secret":"bench-secret-of-sixteen"}""".formatted(p, p, hook));
                post(base + "/api/v1/patients/P-" + p + "/care-team", """
                        {"recipientId":"pcp-%d","relationship":"PRIMARY_CARE","effectiveFrom":"2026-01-01T00:00:00Z"}"""
                        .formatted(p));
            }
            long started = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.execute(() -> {
                    for (int n = client; n < notices; n += CLIENTS) {
                        post(base + "/api/v1/episodes", """
                                {"episodeId":"E-%s","patientId":"P-%d","facilityId":"F-1","patientClass":"INPATIENT",
                                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(UUID.randomUUID(), n % PATIENTS));
                    }
                });
            }
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.HOURS);
            while (latencies.size() < notices) {
                if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(30)) {
                    throw new IllegalStateException("only " + latencies.size() + " of " + notices + " delivered");
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            table.row(kind, String.format("%,d", notices), PATIENTS, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.get(sorted.size() - 1), String.format("%,.0f", notices / seconds), Report.heapAfterGcMiB());
        } finally {
            receiver.stop(0);
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void post(String url, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", AUTH)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext start(String connectionString) {
        return new SpringApplicationBuilder(CareTrailApplication.class).run(
                "--caretrail.storage.mongodb-uri=" + connectionString + "/bench",
                "--server.port=0",
                "--caretrail.hl7.mllp-port=0",
                "--caretrail.security.users[0]=" + ServiceBench.USER + ":{noop}" + ServiceBench.PASSWORD
                        + ":CASE_MANAGER,INTEGRATION,QUALITY,COMPLIANCE,ADMIN",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }
}
