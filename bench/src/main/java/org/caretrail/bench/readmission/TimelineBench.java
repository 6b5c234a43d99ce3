package org.caretrail.bench.readmission;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeKnownAtQuery;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.readmission.api.FindPatientTimelineKnownAtQuery;
import org.caretrail.domain.readmission.api.FindPatientTimelineQuery;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionRateQuery;
import org.caretrail.domain.readmission.api.ReadmissionRateResponse;
import org.caretrail.infra.eventstore.CareTrailEventStorageEngine;
import org.caretrail.infra.mongo.EmbeddedMongoServer;
import org.caretrail.infra.serialization.CareTrailSerializers;
import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.cohort.ValueSets;
import org.caretrail.projections.episodeview.EpisodeViewKnownAt;
import org.caretrail.projections.episodeview.EpisodeViewProjection;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.facility.FacilityCalendar;
import org.caretrail.projections.history.RecordedHistory;
import org.caretrail.projections.readmission.ReadmissionKnownAt;
import org.caretrail.projections.readmission.ReadmissionProjection;

/**
 * Prints how fast the readmission projection answers: a timeline of a patient with 50 stays, and a facility's monthly
 * rate among other patients' stays, over the embedded in-memory MongoDB, through Axon's query bus as the web calls it;
 * and, for the same patient, the timeline and one episode view with {@code knownAt}, replayed from CareTrail's event
 * store on the same server, beside the stored reads.
 * Run with {@code ./mvnw -q -pl bench -am -DskipTests -Pbench package -Dbench.args=timeline} (prints only).
 */
public final class TimelineBench {

    private static final int LONG_PATIENT_STAYS = 50;
    private static final int OTHER_PATIENTS = 500;
    private static final int STAYS_PER_OTHER_PATIENT = 4;
    private static final int QUERIES = 200;
    private static final Instant FIRST_ADMISSION = Instant.parse("2024-01-01T08:00:00Z");

    private TimelineBench() {
    }

    public static void main(String[] args) {
        Facilities facilities = new Facilities(Map.of(
                "F-NY", new FacilityCalendar(ZoneId.of("America/New_York"), Set.of()),
                "F-CHI", new FacilityCalendar(ZoneId.of("America/Chicago"), Set.of())));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.unsecuredInMemory();
             MongoClient client = MongoClients.create(server.connectionString())) {
            CareTrailEventStorageEngine engine = CareTrailEventStorageEngine.builder()
                    .database(client.getDatabase("bench"))
                    .eventSerializer(CareTrailSerializers.jackson())
                    .snapshotSerializer(CareTrailSerializers.jackson())
                    .build();
            engine.ensureIndexes();
            EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
            RecordedHistory history = new RecordedHistory(store);
            ReadmissionProjection projection = new ReadmissionProjection(client.getDatabase("bench"), facilities);
            EpisodeViewProjection views = new EpisodeViewProjection(client.getDatabase("bench"));
            Feed events = new Feed(store, List.of(new AnnotationEventHandlerAdapter(projection),
                    new AnnotationEventHandlerAdapter(views)));
            SimpleQueryBus bus = SimpleQueryBus.builder().build();
            for (Object handler : List.of(projection, views, new EpisodeViewKnownAt(history),
                    new ReadmissionKnownAt(history, client.getDatabase("bench"), facilities,
                            new CohortRules(ValueSets.shipped())))) {
                new AnnotationQueryHandlerAdapter<>(handler).subscribe(bus);
            }
            QueryGateway queries = DefaultQueryGateway.builder().queryBus(bus).build();

            long started = System.nanoTime();
            int applied = feed(events, "P-long", "F-NY", LONG_PATIENT_STAYS);
            for (int patient = 0; patient < OTHER_PATIENTS; patient++) {
                applied += feed(events, "P-" + patient, patient % 2 == 0 ? "F-NY" : "F-CHI", STAYS_PER_OTHER_PATIENT);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("applied %d events in %.1f s (%.0f events/s)%n", applied, seconds, applied / seconds);

            Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
            FindPatientTimelineQuery timeline = new FindPatientTimelineQuery("P-long", ReadmissionMeasure.ACUTE_30, asOf);
            report("timeline of a patient with 50 stays", () -> queries.query(timeline,
                    ResponseTypes.optionalInstanceOf(PatientTimelineResponse.class)).join().orElseThrow().stays().size());
            ReadmissionRateQuery rate = new ReadmissionRateQuery(ReadmissionMeasure.ACUTE_30, "F-NY",
                    LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"), asOf);
            report("rate of one facility and month, stored results", () -> (int) queries.query(rate,
                    ResponseTypes.instanceOf(ReadmissionRateResponse.class)).join().notReadmitted());
            ReadmissionRateQuery earlier = new ReadmissionRateQuery(ReadmissionMeasure.ACUTE_30, "F-NY",
                    LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"), Instant.parse("2024-01-20T00:00:00Z"));
            report("rate of one facility and month, every patient re-judged", () -> (int) queries.query(earlier,
                    ResponseTypes.instanceOf(ReadmissionRateResponse.class)).join().pending());

            Instant knownAt = Instant.now();
            FindPatientTimelineKnownAtQuery known = new FindPatientTimelineKnownAtQuery("P-long",
                    ReadmissionMeasure.ACUTE_30, asOf, knownAt);
            report("timeline of a patient with 50 stays, knownAt (replayed)", () -> queries.query(known,
                    ResponseTypes.optionalInstanceOf(PatientTimelineResponse.class)).join().orElseThrow().stays().size());
            report("episode view, stored", () -> (int) queries.query(new FindEpisodeQuery("P-long-E25"),
                    ResponseTypes.optionalInstanceOf(EpisodeView.class)).join().orElseThrow().version());
            report("episode view, knownAt (replayed)", () -> (int) queries.query(
                    new FindEpisodeKnownAtQuery("P-long-E25", knownAt),
                    ResponseTypes.optionalInstanceOf(EpisodeView.class)).join().orElseThrow().version());
            store.shutDown();
        }
    }

    /** Admits and discharges stays ten days apart, so that each one readmits the one before. */
    private static int feed(Feed events, String patientId, String facilityId, int stays) {
        for (int number = 0; number < stays; number++) {
            String episodeId = patientId + "-E" + number;
            Instant admitted = FIRST_ADMISSION.plus(Duration.ofDays(10L * number));
            events.record(0, new PatientAdmittedEvent(episodeId, patientId, facilityId, admitted,
                    PatientClass.INPATIENT, Payer.MEDICARE, null, null, "I50.9", false));
            events.record(1, new PatientDischargedEvent(episodeId, patientId, facilityId,
                    admitted.plus(Duration.ofDays(3)), "01", null, PatientClass.INPATIENT));
        }
        return 2 * stays;
    }

    /** Appends each event to the event store, as a command would, and hands it to the stored projections. */
    private record Feed(EmbeddedEventStore store, List<AnnotationEventHandlerAdapter> projections) {

        void record(long sequence, EpisodeEvent event) {
            GenericDomainEventMessage<EpisodeEvent> message = new GenericDomainEventMessage<>("Episode",
                    event.episodeId(), sequence, event);
            store.publish(message);
            for (AnnotationEventHandlerAdapter projection : projections) {
                try {
                    projection.handle(message);
                } catch (Exception e) {
                    throw new IllegalStateException("the projection refused " + event, e);
                }
            }
        }
    }

    private static void report(String what, Supplier<Integer> query) {
        int answer = 0;
        for (int warmUp = 0; warmUp < QUERIES / 4; warmUp++) {
            answer = query.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < QUERIES; run++) {
            long started = System.nanoTime();
            query.get();
            micros.add((System.nanoTime() - started) / 1_000);
        }
        micros.sort(Long::compare);
        System.out.printf("%-55s median %6.2f ms  p95 %6.2f ms  (answer %d)%n", what,
                micros.get(QUERIES / 2) / 1000.0, micros.get(QUERIES * 95 / 100) / 1000.0, answer);
    }
}
