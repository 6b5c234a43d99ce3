package org.caretrail.projections.episodeview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.caretrail.domain.episode.api.ClassSliceView;
import org.caretrail.domain.episode.api.DischargeCancelledEvent;
import org.caretrail.domain.episode.api.EpisodeDetailsCorrectedEvent;
import org.caretrail.domain.episode.api.EpisodeEvent;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.episode.api.PatientAdmittedEvent;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PatientClassChangedEvent;
import org.caretrail.domain.episode.api.PatientDischargedEvent;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ReferralAcceptedEvent;
import org.caretrail.domain.episode.api.ReferralPlacedEvent;
import org.caretrail.domain.episode.api.ReferralStatus;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EpisodeViewProjectionTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant ADMITTED = Instant.parse("2026-03-01T10:00:00Z");
    private EpisodeViewProjection projection;

    @BeforeEach
    void freshProjection() {
        projection = new EpisodeViewProjection(mongo.newDatabase());
        on(new PatientAdmittedEvent("E1", "P1", "F1", ADMITTED, PatientClass.OBSERVATION,
                Payer.MEDICARE, "ER", "ED", "I50.9", false), 0);
    }

    /** Delivers an episode event as Axon does, under its episode's stream. */
    private void on(EpisodeEvent event, long sequence) {
        projection.on(event, event.episodeId(), sequence);
    }

    @Test
    void classHistoryIsOrderedByClinicalTimeWhateverTheArrivalOrder() {
        on(change(PatientClass.EMERGENCY, "2026-03-02T08:00:00Z"), 1);
        on(change(PatientClass.INPATIENT, "2026-03-01T20:00:00Z"), 2);

        assertThat(view().classHistory()).containsExactly(
                new ClassSliceView(PatientClass.OBSERVATION, ADMITTED, Instant.parse("2026-03-01T20:00:00Z")),
                new ClassSliceView(PatientClass.INPATIENT, Instant.parse("2026-03-01T20:00:00Z"),
                        Instant.parse("2026-03-02T08:00:00Z")),
                new ClassSliceView(PatientClass.EMERGENCY, Instant.parse("2026-03-02T08:00:00Z"), null));
        assertThat(view().patientClass()).isEqualTo(PatientClass.EMERGENCY);
    }

    @Test
    void aDischargedStayReadsItsLengthInTheFacilitysDaysAndItsObservationHours() {
        EpisodeViewProjection chicago = new EpisodeViewProjection(mongo.newDatabase(),
                Facilities.inZones(Map.of("F1", ZoneId.of("America/Chicago"))),
                Clock.fixed(Instant.parse("2026-03-20T00:00:00Z"), ZoneOffset.UTC));
        // admitted 04:00 local on 1 March; 30 h in observation, then inpatient; discharged 3 March 23:30 local
        Instant admitted = Instant.parse("2026-03-01T10:00:00Z");
        chicago.on(new PatientAdmittedEvent("E1", "P1", "F1", admitted, PatientClass.OBSERVATION, Payer.MEDICARE,
                "ER", "ED", "I50.9", false), "E1", 0);
        chicago.on(new PatientClassChangedEvent("E1", "P1", "F1", admitted.plusSeconds(30 * 3600),
                PatientClass.OBSERVATION, PatientClass.INPATIENT), "E1", 1);
        chicago.on(new PatientDischargedEvent("E1", "P1", "F1", Instant.parse("2026-03-04T05:30:00Z"), "01", null,
                PatientClass.INPATIENT), "E1", 2);

        EpisodeView view = chicago.handle(new FindEpisodeQuery("E1")).orElseThrow();

        assertThat(view.lengthOfStayDays()).as("1 to 3 March in Chicago, though 4 March in UTC").isEqualTo(2);
        assertThat(view.observationHours()).isEqualTo(30.0);
    }

    @Test
    void anActiveStayGrowsToTodayAndAnOngoingObservationToNow() {
        EpisodeViewProjection later = new EpisodeViewProjection(mongo.newDatabase(), Facilities.allUtc(),
                Clock.fixed(Instant.parse("2026-03-03T22:00:00Z"), ZoneOffset.UTC));
        later.on(new PatientAdmittedEvent("E1", "P1", "F1", ADMITTED, PatientClass.OBSERVATION, Payer.MEDICARE,
                "ER", "ED", "I50.9", false), "E1", 0);

        EpisodeView view = later.handle(new FindEpisodeQuery("E1")).orElseThrow();

        assertThat(view.lengthOfStayDays()).isEqualTo(2);
        assertThat(view.observationHours()).isEqualTo(60.0);
    }

    @Test
    void aRedeliveredEventIsNotAppliedTwice() {
        on(change(PatientClass.INPATIENT, "2026-03-01T20:00:00Z"), 1);
        on(change(PatientClass.INPATIENT, "2026-03-01T20:00:00Z"), 1);
        on(new PatientAdmittedEvent("E1", "P1", "F1", ADMITTED, PatientClass.OBSERVATION,
                Payer.MEDICARE, "ER", "ED", "I50.9", false), 0);

        assertThat(view().classHistory()).hasSize(2);
        assertThat(view().version()).isEqualTo(1);
    }

    @Test
    void aCancelledDischargeMakesTheEpisodeActiveWithoutDischargeDetails() {
        Instant discharged = Instant.parse("2026-03-03T10:00:00Z");
        on(new PatientDischargedEvent("E1", "P1", "F1", discharged, "01", null, PatientClass.OBSERVATION), 1);
        assertThat(view().status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(view().classHistory().get(0).to()).isEqualTo(discharged);

        on(new DischargeCancelledEvent("E1", "P1", "F1", discharged.plusSeconds(60), "wrong patient"), 2);

        assertThat(view().status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(view().dischargedAt()).isNull();
        assertThat(view().disposition()).isNull();
    }

    @Test
    void referralsKeepTheirStatusAndCorrectionsChangeOnlyWhatTheyName() {
        Instant placed = Instant.parse("2026-03-02T10:00:00Z");
        on(new ReferralPlacedEvent("E1", "P1", "F1", placed, "R1", ServiceType.SNF, "SNF-1"), 1);
        on(new ReferralAcceptedEvent("E1", "P1", "F1", placed.plusSeconds(3600), "R1", ServiceType.SNF,
                "SNF-1"), 2);
        on(new EpisodeDetailsCorrectedEvent("E1", "P1", "F1", placed, null, Payer.MEDICAID, null, null), 3);

        EpisodeView view = view();
        assertThat(view.referrals()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(r.answeredAt()).isEqualTo(placed.plusSeconds(3600));
        });
        assertThat(view.payer()).isEqualTo(Payer.MEDICAID);
        assertThat(view.principalDiagnosis()).isEqualTo("I50.9");
        assertThat(view.unit()).isEqualTo("ED");
    }

    @Test
    void aResetEmptiesTheView() {
        projection.reset();

        assertThat(projection.handle(new FindEpisodeQuery("E1"))).isEmpty();
    }

    private EpisodeView view() {
        return projection.handle(new FindEpisodeQuery("E1")).orElseThrow();
    }

    private static PatientClassChangedEvent change(PatientClass to, String at) {
        return new PatientClassChangedEvent("E1", "P1", "F1", Instant.parse(at), null, to);
    }
}
