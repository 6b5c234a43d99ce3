package org.caretrail.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.web.testing.Api;
import org.caretrail.web.testing.Api.Response;
import org.caretrail.web.testing.ApiTest;
import org.caretrail.web.testing.ChildApp;
import org.caretrail.web.testing.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two CareTrail instances on one MongoDB: this test's application and another one in a child JVM.
 * The last test kills the other instance, so the tests run in order.
 */
@ApiTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesFaultTest {

    private static final EmbeddedMongoServer SERVER = EmbeddedMongoServer.unsecuredInMemory();
    private static final String URI = SERVER.connectionString() + "/two_instances";
    private static final String CLAIM_TIMEOUT = "3s";
    private static final String SINGLE_SEGMENT = "notification-routing";
    private static final List<String> PROJECTION_COLLECTIONS = List.of("episode_view", "audit_trail", "audit_episodes");

    @TempDir
    static Path work;
    private static ChildApp other;

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    MongoDatabase database;

    @DynamicPropertySource
    static void storage(DynamicPropertyRegistry registry) {
        registry.add("caretrail.storage.mongodb-uri", () -> URI);
        registry.add("caretrail.processing.claim-timeout", () -> CLAIM_TIMEOUT);
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    @Order(1)
    void commandsRacingOnOneEpisodeFromBothInstancesLetExactlyOneOfEachPairWin(Api here) throws Exception {
        Api there = otherInstance().api();
        String episodeId = "E-race-" + UUID.randomUUID();
        Response admitted = here.post("/api/v1/episodes", """
                {"episodeId":"%s","patientId":"P-race","facilityId":"F-1","patientClass":"INPATIENT",
                 "admittedAt":"2026-03-01T10:00:00Z"}""".formatted(episodeId));
        assertThat(admitted.status()).isEqualTo(201);

        int rounds = 12;
        for (int round = 0; round < rounds; round++) {
            String path = "/api/v1/episodes/" + episodeId + (round % 2 == 0 ? "/discharge" : "/discharge-cancellation");
            String body = round % 2 == 0
                    ? "{\"disposition\":\"01\",\"dischargedAt\":\"2026-03-05T12:00:00Z\"}"
                    : "{\"reason\":\"discharged in error\",\"effectiveAt\":\"2026-03-05T13:00:00Z\"}";
            List<Integer> statuses = race(() -> here.post(path, body), () -> there.post(path, body));
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
        }

        List<StoredEvents.Event> events = new StoredEvents(database).of(episodeId);
        assertThat(events).extracting(StoredEvents.Event::sequence)
                .as("one event per winner, no sequence twice")
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(0, rounds).boxed().toList());
        for (int i = 1; i <= rounds; i++) {
            assertThat(events.get(i).payloadType())
                    .isEqualTo(i % 2 == 1 ? "PatientDischargedEvent" : "DischargeCancelledEvent");
        }
        new StoredEvents(database).assertNoCommitIsHalfWritten();
    }

    @Test
    @Order(2)
    void segmentsAreSharedAndWhenAnInstanceIsKilledTheOtherTakesOverAndEndsAsOneInstanceAlone(Api here) {
        ChildApp instance = otherInstance();
        // notification routing runs as one segment on purpose (decision 0018): one instance holds it, never both
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(processor -> !processor.getName().equals(SINGLE_SEGMENT)).toList();
        // Whoever starts first claims every segment; handing two over is how instances come to share.
        processors.forEach(processor -> {
            processor.releaseSegment(2, 15, TimeUnit.SECONDS);
            processor.releaseSegment(3, 15, TimeUnit.SECONDS);
        });
        Eventually.await("every projection's segments split between the two instances", Duration.ofSeconds(30),
                () -> owners().size() == processors.size()
                        && owners().values().stream().allMatch(owners -> owners.size() == 2));
        processors.forEach(processor -> assertThat(processor.processingStatus().keySet()).containsOnly(0, 1));

        // Read-your-writes across instances: written there, read here, where half the segments are not ours.
        for (int i = 0; i < 8; i++) {
            Response written = instance.api().post("/api/v1/episodes", """
                    {"patientId":"P-ryw-%d","facilityId":"F-1","patientClass":"INPATIENT",
                     "admittedAt":"2026-03-02T10:00:00Z"}""".formatted(i));
            Response read = here.getAfter("/api/v1/episodes/" + written.json().get("episodeId").asText(), written);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
        }

        CommandBurst toHere = new CommandBurst("H", here, 2);
        CommandBurst toThere = new CommandBurst("T", instance.api(), 2);
        Eventually.await("both instances busy", Duration.ofSeconds(60),
                () -> toHere.acknowledgements() >= 30 && toThere.acknowledgements() >= 30);
        instance.kill();
        toThere.close();
        int atKill = toHere.acknowledgements();
        Eventually.await("this instance keeps going", Duration.ofSeconds(60), () -> toHere.acknowledgements() >= atKill + 30);
        toHere.close();

        Eventually.await("this instance took over every segment", Duration.ofSeconds(60),
                () -> processors.stream().allMatch(processor -> processor.processingStatus().size() == 4));
        Response marker = here.post("/api/v1/episodes", """
                {"patientId":"P-marker","facilityId":"F-1","patientClass":"INPATIENT","admittedAt":"2026-03-03T10:00:00Z"}""");
        String markerPath = "/api/v1/episodes/" + marker.json().get("episodeId").asText();
        awaitCaughtUp(here, markerPath, marker);
        Map<String, List<Document>> shared = projections();

        Map<String, List<String>> acknowledged = new HashMap<>(toHere.acknowledged());
        acknowledged.putAll(toThere.acknowledged());
        Map<String, Long> versions = new HashMap<>();
        shared.get("episode_view").forEach(view -> versions.put(view.getString("_id"), ((Number) view.get("version")).longValue()));
        acknowledged.forEach((episodeId, events) -> assertThat(versions.get(episodeId))
                .as("version of %s", episodeId).isGreaterThanOrEqualTo(events.size() - 1L));

        for (String projection : List.of("episode-view", "audit-trail")) {
            assertThat(here.post("/api/v1/admin/projections/" + projection + "/reset", "").status()).isEqualTo(202);
        }
        awaitCaughtUp(here, markerPath, marker);
        Map<String, List<Document>> rebuilt = projections();
        assertThat(rebuilt).as("the same projections rebuilt by one instance alone").isEqualTo(shared);
    }

    private static List<Integer> race(Supplier<Response> first, Supplier<Response> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Response> one = CompletableFuture.supplyAsync(() -> afterBarrier(start, first));
        CompletableFuture<Response> two = CompletableFuture.supplyAsync(() -> afterBarrier(start, second));
        return List.of(one.get(60, TimeUnit.SECONDS).status(), two.get(60, TimeUnit.SECONDS).status());
    }

    private static Response afterBarrier(CyclicBarrier barrier, Supplier<Response> request) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return request.get();
    }

    /** The owners of each processor's claimed segments, as the token store records them. */
    private Map<String, Set<String>> owners() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Document token : database.getCollection("trackingtokens").find()) {
            String owner = token.getString("owner");
            if (owner != null && !SINGLE_SEGMENT.equals(token.getString("processorName"))) {
                owners.computeIfAbsent(token.getString("processorName"), name -> new HashSet<>()).add(owner);
            }
        }
        return owners;
    }

    /** Every document of every projection, in key order. */
    private Map<String, List<Document>> projections() {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : PROJECTION_COLLECTIONS) {
            List<Document> found = database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                    .into(new ArrayList<>());
            documents.put(collection, found);
        }
        return documents;
    }

    private static void awaitCaughtUp(Api api, String episodePath, Response command) {
        for (String path : List.of(episodePath, episodePath + "/audit")) {
            Eventually.value(path, Duration.ofSeconds(60), () -> api.getAfter(path, command),
                    response -> response.status() == 200);
        }
    }

    private static ChildApp otherInstance() {
        if (other == null) {
            other = ChildApp.start(work, "other-instance", "--caretrail.storage.mongodb-uri=" + URI,
                    "--caretrail.processing.claim-timeout=" + CLAIM_TIMEOUT);
        }
        return other;
    }

    /** Stops the shared server once the application is done with it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ServerShutdown {

        @Bean
        AutoCloseable sharedServerShutdown() {
            return SERVER::close;
        }
    }
}
