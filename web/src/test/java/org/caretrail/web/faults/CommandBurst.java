package org.caretrail.web.faults;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;

/**
 * Clients sending commands as fast as they are answered, each on its own episodes: an admission,
 * a class change and a transfer per episode. Records what was acknowledged and how every request
 * ended, including the ones that got no answer at all.
 */
final class CommandBurst implements AutoCloseable {

    /** How one request ended: an HTTP status, or -1 when there was no answer. */
    record Outcome(String episodeId, String event, int status, long millis, boolean retryAfter, String body) {
    }

    private static final String ADMITTED = "PatientAdmittedEvent";
    private static final String CLASS_CHANGED = "PatientClassChangedEvent";
    private static final String TRANSFERRED = "PatientTransferredEvent";

    private final String name;
    private final Api api;
    private final List<Thread> clients = new ArrayList<>();
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final AtomicInteger acknowledgements = new AtomicInteger();
    private volatile boolean running = true;
    private volatile long lastPosition = -1;

    CommandBurst(String name, Api api, int clients) {
        this.name = name;
        this.api = api;
        for (int i = 0; i < clients; i++) {
            int client = i;
            this.clients.add(new Thread(() -> run(client), name + "-client-" + i));
        }
        this.clients.forEach(Thread::start);
    }

    /** Commands acknowledged so far, across all clients. */
    int acknowledgements() {
        return acknowledgements.get();
    }

    /** The episodes with the event types of their acknowledged commands, in the order sent. */
    Map<String, List<String>> acknowledged() {
        return Collections.unmodifiableMap(acknowledged);
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The highest {@code CareTrail-Position} an acknowledged command reported. */
    long lastPosition() {
        return lastPosition;
    }

    /** Stops the clients and waits for their last requests to end. */
    @Override
    public void close() {
        running = false;
        for (Thread client : clients) {
            try {
                client.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(int client) {
        for (int n = 0; running; n++) {
            String episodeId = "%s-%d-%d".formatted(name, client, n);
            if (!send(episodeId, ADMITTED, "/api/v1/episodes", """
                    {"episodeId":"%s","patientId":"P-%s","facilityId":"F-1","patientClass":"OBSERVATION",
                     "admittedAt":"2026-03-01T10:00:00Z","payer":"MEDICARE"}""".formatted(episodeId, episodeId))) {
                continue;
            }
            if (running && send(episodeId, CLASS_CHANGED, "/api/v1/episodes/" + episodeId + "/class-changes", """
                    {"patientClass":"INPATIENT","effectiveAt":"2026-03-01T18:00:00Z"}""")) {
                if (running) {
                    send(episodeId, TRANSFERRED, "/api/v1/episodes/" + episodeId + "/transfers", """
                            {"toUnit":"4-WEST","effectiveAt":"2026-03-02T09:00:00Z"}""");
                }
            }
        }
    }

    private boolean send(String episodeId, String event, String path, String body) {
        long started = System.nanoTime();
        Response response;
        try {
            response = api.post(path, body);
        } catch (UncheckedIOException noAnswer) {
            outcomes.add(new Outcome(episodeId, event, -1, elapsed(started), false, noAnswer.getMessage()));
            pauseAfterFailure();
            return false;
        }
        outcomes.add(new Outcome(episodeId, event, response.status(), elapsed(started),
                response.header("Retry-After").isPresent(), response.body()));
        if (response.status() / 100 != 2) {
            pauseAfterFailure();
            return false;
        }
        acknowledged.computeIfAbsent(episodeId, id -> new CopyOnWriteArrayList<>()).add(event);
        acknowledgements.incrementAndGet();
        response.header("CareTrail-Position").map(Long::parseLong)
                .ifPresent(position -> {
                    synchronized (this) {
                        lastPosition = Math.max(lastPosition, position);
                    }
                });
        return true;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void pauseAfterFailure() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
