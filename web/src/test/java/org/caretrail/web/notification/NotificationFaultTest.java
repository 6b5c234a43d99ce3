package org.caretrail.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.web.notification.WebhookReceiver.Received;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications across crashes and instances: CareTrail in child JVMs on one MongoDB (in this JVM, so it outlives
 * them), a webhook receiver in this JVM.
 */
class NotificationFaultTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path work;

    private EmbeddedMongoServer mongo;
    private WebhookReceiver receiver;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongoServer.unsecuredInMemory();
        receiver = new WebhookReceiver(CareTeams.SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
        mongo.close();
    }

    @Test
    void killedWithNoticesPendingTheRestartedApplicationDeliversEveryNoticeOnceByIdAndInventsNone() throws Exception {
        receiver.refuseNext(Integer.MAX_VALUE);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        String patient;
        try (ChildApp app = ChildApp.start(work, "before-kill", arguments())) {
            CareTeams teams = new CareTeams(app.api());
            patient = teams.id("P");
            teams.member(patient, teams.webhook("pcp", receiver.url(), null), "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            AtomicBoolean running = new AtomicBoolean(true);
            for (int i = 0; i < 4; i++) {
                clients.execute(() -> {
                    while (running.get()) {
                        admit(app.api(), patient).ifPresent(acknowledged::add);
                    }
                });
            }
            Eventually.await("admissions acknowledged and refused attempts", PATIENCE,
                    () -> acknowledged.size() >= 30 && receiver.refusedCount() > 0);
            app.kill();
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        receiver.refuseNext(0);

        try (ChildApp app = ChildApp.start(work, "after-restart", arguments())) {
            Eventually.await("a notice of every acknowledged admission", PATIENCE,
                    () -> idsByEpisode().keySet().containsAll(acknowledged));
            Eventually.await("nothing pending", PATIENCE, () -> app.api()
                    .get("/api/v1/notifications?status=PENDING&patientId=" + patient).json().get("total").asLong() == 0);

            Map<String, Set<String>> told = idsByEpisode();
            assertThat(told.values()).as("one id per admission, however often it was sent")
                    .allSatisfy(ids -> assertThat(ids).hasSize(1));
            Set<String> receivedIds = new HashSet<>();
            told.values().forEach(receivedIds::addAll);
            assertThat(receivedIds).as("every id received is a delivered notice of the log")
                    .containsExactlyInAnyOrderElementsOf(deliveredIds(app.api(), patient));
            assertThat(told.keySet()).as("no notice of an admission the store does not hold").allSatisfy(episodeId ->
                    assertThat(app.api().get("/api/v1/episodes/" + episodeId).status()).isEqualTo(200));
        }
    }

    @Test
    void twoInstancesDeliverEachNoticeOnce() throws Exception {
        try (ChildApp one = ChildApp.start(work, "one", arguments());
             ChildApp two = ChildApp.start(work, "two", arguments())) {
            CareTeams teams = new CareTeams(one.api());
            String patient = teams.id("P");
            teams.member(patient, teams.webhook("pcp", receiver.url(), null), "PRIMARY_CARE", "2026-01-01T00:00:00Z", null);
            List<String> episodes = new ArrayList<>(admitConcurrently(one.api(), patient, 20));
            episodes.addAll(admitConcurrently(two.api(), patient, 20));

            Eventually.await("every admission told", PATIENCE, () -> episodesTold().containsAll(episodes));
            Thread.sleep(2_000); // let any double still on its way arrive before counting

            List<String> ids = receiver.received().stream().map(Received::webhookId).toList();
            assertThat(new HashSet<>(ids)).hasSize(episodes.size());
            JsonNode retried = one.api().get("/api/v1/notifications?size=500&patientId=" + patient).json().get("items");
            Set<String> sentMoreThanOnce = new HashSet<>();
            retried.forEach(n -> {
                if (n.get("attempts").asInt() > 1) {
                    sentMoreThanOnce.add(n.get("notificationId").asText());
                }
            });
            assertThat(ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).toList())
                    .as("a notice reaches the receiver twice only when one instance retried it, never by two at once")
                    .allSatisfy(id -> assertThat(sentMoreThanOnce).contains(id));
        }
    }

    private String[] arguments() {
        return new String[] {
                "--caretrail.storage.mongodb-uri=" + mongo.connectionString() + "/notify_faults",
                "--caretrail.processing.claim-timeout=3s",
                "--caretrail.notifications.lease=12s",
                "--caretrail.notifications.connect-timeout=1s",
                "--caretrail.notifications.response-timeout=5s",
                "--caretrail.notifications.first-backoff=200ms",
                "--caretrail.notifications.max-backoff=1s",
                "--caretrail.notifications.max-attempts=1000",
                "--caretrail.notifications.poll-interval=100ms"};
    }

    private Map<String, Set<String>> idsByEpisode() {
        Map<String, Set<String>> ids = new HashMap<>();
        receiver.received().forEach(r -> ids.computeIfAbsent(r.data().get("episodeId").asText(), key -> new HashSet<>())
                .add(r.webhookId()));
        return ids;
    }

    private Set<String> episodesTold() {
        Set<String> episodes = new HashSet<>();
        receiver.received().forEach(r -> episodes.add(r.data().get("episodeId").asText()));
        return episodes;
    }

    private static List<String> deliveredIds(Api api, String patient) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/notifications?status=DELIVERED&size=500&patientId=" + patient).json().get("items")
                .forEach(item -> ids.add(item.get("notificationId").asText()));
        return ids;
    }

    /** One admission; empty when it was not acknowledged (the application was killed under it). */
    private static Optional<String> admit(Api api, String patient) {
        String episodeId = "E-" + UUID.randomUUID();
        try {
            int status = api.post("/api/v1/episodes", """
                    {"episodeId":"%s","patientId":"%s","facilityId":"F-1","patientClass":"INPATIENT",
                     "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(episodeId, patient)).status();
            return status == 201 ? Optional.of(episodeId) : Optional.empty();
        } catch (UncheckedIOException killed) {
            return Optional.empty();
        }
    }

    /** Admits from four clients at once; returns the episodes whose admission was acknowledged. */
    private static List<String> admitConcurrently(Api api, String patient, int count) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<String>> admissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            admissions.add(clients.submit(() -> admit(api, patient).orElse(null)));
        }
        List<String> acknowledged = new ArrayList<>();
        for (Future<String> admission : admissions) {
            String episodeId = admission.get();
            if (episodeId != null) {
                acknowledged.add(episodeId);
            }
        }
        clients.shutdown();
        return acknowledged;
    }
}
