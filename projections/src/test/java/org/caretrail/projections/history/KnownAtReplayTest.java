package org.caretrail.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.caretrail.domain.audit.api.AuditEntry;
import org.caretrail.domain.audit.api.AuditTrail;
import org.caretrail.domain.audit.api.FindAuditTrailKnownAtQuery;
import org.caretrail.domain.audit.api.FindAuditTrailQuery;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.EpisodeComplianceResponse;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceKnownAtQuery;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceQuery;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.EducationRecordedEvent;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.EventMetadata;
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
import org.caretrail.domain.readmission.api.TimelineStayView;
import org.caretrail.domain.risk.api.EpisodeRiskResponse;
import org.caretrail.domain.risk.api.FindEpisodeRiskKnownAtQuery;
import org.caretrail.domain.risk.api.FindEpisodeRiskQuery;
import org.caretrail.projections.audit.AuditTrailKnownAt;
import org.caretrail.projections.audit.AuditTrailProjection;
import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.cohort.ValueSets;
import org.caretrail.projections.compliance.ComplianceKnownAt;
import org.caretrail.projections.compliance.ComplianceProjection;
import org.caretrail.projections.episodeview.EpisodeViewKnownAt;
import org.caretrail.projections.episodeview.EpisodeViewProjection;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.readmission.ReadmissionKnownAt;
import org.caretrail.projections.readmission.ReadmissionProjection;
import org.caretrail.projections.support.EmbeddedMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The knownAt reads replay Axon's event store through the projections' own rules: a replay cut at an instant
 * answers what the stored read model answered at that instant, and never sees what was recorded later.
 */
class KnownAtReplayTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant AS_OF = Instant.parse("2026-03-20T00:00:00Z");

    private EmbeddedEventStore store;
    private QueryGateway queries;
    private List<AnnotationEventHandlerAdapter> projections;
    private final Map<String, Long> sequences = new java.util.HashMap<>();

    @BeforeEach
    void wire() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        MongoDatabase database = mongo.newDatabase();
        Facilities facilities = Facilities.allUtc();
        ComplianceSettings settings = ComplianceSettings.defaults();
        RecordedHistory history = new RecordedHistory(store);
        List<Object> stored = List.of(new EpisodeViewProjection(database), new AuditTrailProjection(database),
                new ComplianceProjection(database, facilities, settings), new ReadmissionProjection(database, facilities));
        projections = stored.stream().map(AnnotationEventHandlerAdapter::new).toList();
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        for (Object handler : List.of(stored.get(0), stored.get(1), stored.get(2), stored.get(3),
                new EpisodeViewKnownAt(history), new AuditTrailKnownAt(history),
                new ComplianceKnownAt(history, facilities, settings),
                new ReadmissionKnownAt(history, database, facilities, new CohortRules(ValueSets.shipped())))) {
            new AnnotationQueryHandlerAdapter<>(handler).subscribe(bus);
        }
        queries = DefaultQueryGateway.builder().queryBus(bus).build();
    }

    @AfterEach
    void closeStore() {
        store.shutDown();
    }

    @Test
    void historyIsCutAtTheRecordedInstantInclusiveWhateverTheClinicalTime() {
        record("2026-03-01T10:01:00Z", admission("E1", "2026-03-01T10:00:00Z"));
        // entered late: it happened on the 2nd, recorded on the 9th
        record("2026-03-09T08:00:00Z", new EducationRecordedEvent("E1", "P1", "F1",
                Instant.parse("2026-03-02T09:00:00Z"), "heart failure", true));

        RecordedHistory history = new RecordedHistory(store);
        assertThat(history.recordedBy("E1", Instant.parse("2026-03-01T10:00:59.999Z"))).isEmpty();
        assertThat(history.recordedBy("E1", Instant.parse("2026-03-01T10:01:00Z")))
                .extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L);
        assertThat(history.recordedBy("E1", Instant.parse("2026-03-08T23:59:59Z"))).hasSize(1);
        assertThat(history.recordedBy("E1", Instant.parse("2026-03-09T08:00:00Z"))).hasSize(2);
        assertThat(history.recordedBy("E-unknown", AS_OF)).isEmpty();
    }

    @Test
    void beforeALateCorrectionEveryReadAnswersWhatTheStoredModelSaidThenAndAfterItTheCorrection() {
        record("2026-02-01T10:01:00Z", admission("E0", "2026-02-01T10:00:00Z"));
        record("2026-02-05T10:01:00Z", discharge("E0", "2026-02-05T10:00:00Z"));
        record("2026-03-01T10:01:00Z", admission("E1", "2026-03-01T10:00:00Z"));
        record("2026-03-02T09:01:00Z", new EducationRecordedEvent("E1", "P1", "F1",
                Instant.parse("2026-03-02T09:00:00Z"), "heart failure", true));
        record("2026-03-05T10:01:00Z", discharge("E1", "2026-03-05T10:00:00Z"));
        Answers beforeCorrection = stored();
        // a week later the discharge turns out to have been entered in error
        record("2026-03-12T09:00:00Z", new DischargeCancelledEvent("E1", "P1", "F1",
                Instant.parse("2026-03-12T09:00:00Z"), "entered on the wrong patient"));
        Answers afterCorrection = stored();

        assertThat(beforeCorrection.episode().status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(afterCorrection.episode().status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(beforeCorrection.compliance()).isNotEqualTo(afterCorrection.compliance());
        assertThat(beforeCorrection.timeline()).isNotEqualTo(afterCorrection.timeline());

        assertThat(knownAt("2026-03-08T00:00:00Z")).isEqualTo(beforeCorrection);
        assertThat(knownAt("2026-03-12T08:59:59.999Z")).isEqualTo(beforeCorrection);
        assertThat(knownAt("2026-03-12T09:00:00Z")).isEqualTo(afterCorrection);
        assertThat(knownAt("2026-04-01T00:00:00Z")).isEqualTo(afterCorrection);
    }

    @Test
    void anEpisodeRecordedAfterKnownAtIsUnknownAndAbsentFromItsPatientsTimeline() {
        record("2026-02-01T10:01:00Z", admission("E0", "2026-02-01T10:00:00Z"));
        record("2026-02-05T10:01:00Z", discharge("E0", "2026-02-05T10:00:00Z"));
        record("2026-03-01T10:01:00Z", admission("E1", "2026-03-01T10:00:00Z"));
        Instant between = Instant.parse("2026-02-15T00:00:00Z");

        assertThat(query(new FindEpisodeKnownAtQuery("E1", between), EpisodeView.class)).isEmpty();
        assertThat(query(new FindAuditTrailKnownAtQuery("E1", between), AuditTrail.class)).isEmpty();
        assertThat(query(new FindEpisodeComplianceKnownAtQuery("E1", AS_OF, between),
                EpisodeComplianceResponse.class)).isEmpty();
        assertThat(query(new FindEpisodeRiskKnownAtQuery("E1", AS_OF, between), EpisodeRiskResponse.class)).isEmpty();
        assertThat(query(new FindPatientTimelineKnownAtQuery("P1", ReadmissionMeasure.ACUTE_30, AS_OF, between),
                PatientTimelineResponse.class).orElseThrow().stays())
                .extracting(TimelineStayView::episodeId).containsExactly("E0");
        assertThat(query(new FindPatientTimelineQuery("P1", ReadmissionMeasure.ACUTE_30, AS_OF),
                PatientTimelineResponse.class).orElseThrow().stays())
                .extracting(TimelineStayView::episodeId).containsExactly("E0", "E1");

        Instant beforeAll = Instant.parse("2026-02-01T10:00:00Z");
        assertThat(query(new FindPatientTimelineKnownAtQuery("P1", ReadmissionMeasure.ACUTE_30, AS_OF, beforeAll),
                PatientTimelineResponse.class)).isEmpty();
        assertThat(query(new FindPatientTimelineKnownAtQuery("P-unknown", ReadmissionMeasure.ACUTE_30, AS_OF,
                AS_OF), PatientTimelineResponse.class)).isEmpty();
    }

    @Test
    void theReplayedAuditTrailKeepsWhoRecordedEachEntryAndWhen() {
        record("2026-03-01T10:01:00Z", admission("E1", "2026-03-01T10:00:00Z"));
        record("2026-03-05T10:01:00Z", discharge("E1", "2026-03-05T10:00:00Z"));

        List<AuditEntry> entries = query(new FindAuditTrailKnownAtQuery("E1", Instant.parse("2026-03-02T00:00:00Z")),
                AuditTrail.class).orElseThrow().entries();

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).type()).isEqualTo("PatientAdmittedEvent");
        assertThat(entries.get(0).actor()).isEqualTo("cm-1");
        assertThat(entries.get(0).occurredAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(entries.get(0).recordedAt()).isEqualTo(Instant.parse("2026-03-01T10:01:00Z"));
    }

    /** What the five reads answer for E1 and P1 at AS_OF. */
    private record Answers(EpisodeView episode, AuditTrail audit, EpisodeComplianceResponse compliance,
                           EpisodeRiskResponse risk, PatientTimelineResponse timeline) {
    }

    private Answers stored() {
        return new Answers(query(new FindEpisodeQuery("E1"), EpisodeView.class).orElseThrow(),
                query(new FindAuditTrailQuery("E1"), AuditTrail.class).orElseThrow(),
                query(new FindEpisodeComplianceQuery("E1", AS_OF), EpisodeComplianceResponse.class).orElseThrow(),
                query(new FindEpisodeRiskQuery("E1", AS_OF), EpisodeRiskResponse.class).orElseThrow(),
                query(new FindPatientTimelineQuery("P1", ReadmissionMeasure.ACUTE_30, AS_OF),
                        PatientTimelineResponse.class).orElseThrow());
    }

    private Answers knownAt(String instant) {
        Instant knownAt = Instant.parse(instant);
        return new Answers(query(new FindEpisodeKnownAtQuery("E1", knownAt), EpisodeView.class).orElseThrow(),
                query(new FindAuditTrailKnownAtQuery("E1", knownAt), AuditTrail.class).orElseThrow(),
                query(new FindEpisodeComplianceKnownAtQuery("E1", AS_OF, knownAt), EpisodeComplianceResponse.class)
                        .orElseThrow(),
                query(new FindEpisodeRiskKnownAtQuery("E1", AS_OF, knownAt), EpisodeRiskResponse.class).orElseThrow(),
                query(new FindPatientTimelineKnownAtQuery("P1", ReadmissionMeasure.ACUTE_30, AS_OF, knownAt),
                        PatientTimelineResponse.class).orElseThrow());
    }

    private <R> Optional<R> query(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    /** Appends the event to the store as recorded at that instant, and hands it to the stored projections. */
    private void record(String recordedAt, org.caretrail.domain.episode.api.EpisodeEvent event) {
        long sequence = sequences.merge(event.episodeId(), 1L, Long::sum) - 1;
        GenericDomainEventMessage<?> message = new GenericDomainEventMessage<>("Episode", event.episodeId(), sequence,
                event, Map.of(EventMetadata.ACTOR, "cm-1"), UUID.randomUUID().toString(), Instant.parse(recordedAt));
        store.publish(message);
        for (AnnotationEventHandlerAdapter projection : projections) {
            try {
                projection.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static PatientAdmittedEvent admission(String episodeId, String at) {
        return new PatientAdmittedEvent(episodeId, "P1", "F1", Instant.parse(at), PatientClass.INPATIENT,
                Payer.MEDICARE, null, null, "I50.9", false);
    }

    private static PatientDischargedEvent discharge(String episodeId, String at) {
        return new PatientDischargedEvent(episodeId, "P1", "F1", Instant.parse(at), "01", null,
                PatientClass.INPATIENT);
    }
}
