package org.caretrail.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.caretrail.domain.audit.api.AuditEntry;
import org.caretrail.domain.audit.api.AuditPage;
import org.caretrail.domain.audit.api.FindAuditTrailQuery;
import org.caretrail.domain.audit.api.SearchAuditQuery;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientTransferredEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.projections.support.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuditTrailProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private AuditTrailProjection projection;

    @BeforeEach
    void freshProjection() {
        projection = new AuditTrailProjection(mongo.newDatabase());
    }

    @Test
    void anEpisodesTrailListsEveryEventInSequenceOrderWithWhoRecordedIt() {
        record(admitted("E1", "P1"), "E1", 0, "nurse-1", T0.plusSeconds(5));
        record(transferred("E1", "P1", "ICU"), "E1", 1, "adt-feed", T0.plusSeconds(9));

        var trail = projection.handle(new FindAuditTrailQuery("E1")).orElseThrow();

        assertThat(trail.entries()).extracting(AuditEntry::type)
                .containsExactly("PatientAdmittedEvent", "PatientTransferredEvent");
        AuditEntry transfer = trail.entries().get(1);
        assertThat(transfer.actor()).isEqualTo("adt-feed");
        assertThat(transfer.role()).isEqualTo("CASE_MANAGER");
        assertThat(transfer.source()).isEqualTo("api");
        assertThat(transfer.patientId()).isEqualTo("P1");
        assertThat(transfer.occurredAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(transfer.recordedAt()).isEqualTo(T0.plusSeconds(9));
        assertThat(transfer.data()).containsEntry("toUnit", "ICU");
    }

    @Test
    void aRedeliveredEventIsStoredOnce() {
        record(admitted("E1", "P1"), "E1", 0, "nurse-1", T0);
        record(admitted("E1", "P1"), "E1", 0, "nurse-1", T0);

        assertThat(projection.handle(new FindAuditTrailQuery("E1")).orElseThrow().entries()).hasSize(1);
        assertThat(projection.handle(new SearchAuditQuery(null, null, null, null, null, null, 0, 10)).total())
                .isEqualTo(1);
    }

    @Test
    void theSearchFiltersByPatientAndActorNewestFirstAndPages() {
        record(admitted("E1", "P1"), "E1", 0, "nurse-1", T0.plusSeconds(1));
        record(admitted("E2", "P2"), "E2", 0, "nurse-2", T0.plusSeconds(2));
        record(transferred("E1", "P1", "4W"), "E1", 1, "nurse-1", T0.plusSeconds(3));
        record(transferred("E1", "P1", "ICU"), "E1", 2, "nurse-2", T0.plusSeconds(4));

        AuditPage byPatient = projection.handle(new SearchAuditQuery("P1", null, null, null, null, null, 0, 2));
        assertThat(byPatient.total()).isEqualTo(3);
        assertThat(byPatient.items()).extracting(AuditEntry::sequence).containsExactly(2L, 1L);
        assertThat(projection.handle(new SearchAuditQuery("P1", null, null, null, null, null, 1, 2)).items())
                .extracting(AuditEntry::sequence).containsExactly(0L);

        AuditPage byActorAndTime = projection.handle(new SearchAuditQuery(null, null, "nurse-2", null,
                T0.plusSeconds(3), null, 0, 10));
        assertThat(byActorAndTime.items()).extracting(AuditEntry::episodeId).containsExactly("E1");
    }

    @Test
    void theSearchFiltersByFacilityAndByEventType() {
        record(admitted("E1", "P1"), "E1", 0, "nurse-1", T0.plusSeconds(1));
        record(new PatientAdmittedEvent("E2", "P2", "F2", T0, PatientClass.INPATIENT, Payer.MEDICARE, null, "ED",
                null, false), "E2", 0, "nurse-1", T0.plusSeconds(2));
        record(transferred("E1", "P1", "4W"), "E1", 1, "nurse-1", T0.plusSeconds(3));

        AuditPage atF2 = projection.handle(new SearchAuditQuery(null, "F2", null, null, null, null, 0, 10));
        assertThat(atF2.total()).isEqualTo(1);
        assertThat(atF2.items()).extracting(AuditEntry::episodeId).containsExactly("E2");

        AuditPage admissions = projection.handle(new SearchAuditQuery(null, null, null, "PatientAdmittedEvent",
                null, null, 0, 10));
        assertThat(admissions.items()).extracting(AuditEntry::episodeId).containsExactly("E2", "E1");
        assertThat(admissions.total()).isEqualTo(2);
    }

    @Test
    void anUnknownEpisodeHasNoTrail() {
        assertThat(projection.handle(new FindAuditTrailQuery("nobody"))).isEmpty();
    }

    private void record(EpisodeEvent event, String episodeId, long sequence, String actor, Instant recordedAt) {
        MetaData meta = MetaData.from(Map.of("actor", actor, "role", "CASE_MANAGER", "source", "api",
                "correlationId", "c-" + sequence));
        var message = new GenericDomainEventMessage<>("Episode", episodeId, sequence, event, meta,
                UUID.randomUUID().toString(), recordedAt);
        projection.on(event, message, episodeId, sequence, recordedAt);
    }

    private static PatientAdmittedEvent admitted(String episodeId, String patientId) {
        return new PatientAdmittedEvent(episodeId, patientId, "F1", T0, PatientClass.INPATIENT, Payer.MEDICARE,
                null, "ED", null, false);
    }

    private static PatientTransferredEvent transferred(String episodeId, String patientId, String toUnit) {
        return new PatientTransferredEvent(episodeId, patientId, "F1", T0.plusSeconds(3600), "ED", toUnit);
    }
}
