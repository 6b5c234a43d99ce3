package org.caretrail.projections.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.caretrail.domain.compliance.api.ClockStatus.MET;
import static org.caretrail.domain.compliance.api.ClockStatus.MET_LATE;
import static org.caretrail.domain.compliance.api.ClockStatus.MISSED;
import static org.caretrail.domain.compliance.api.ClockStatus.NOT_APPLICABLE;
import static org.caretrail.domain.compliance.api.ClockStatus.OPEN;
import static org.caretrail.domain.compliance.api.ClockStatus.OVERDUE;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_FOLLOW_UP;
import static org.caretrail.domain.compliance.api.ComplianceClock.IMM_INITIAL;
import static org.caretrail.domain.compliance.api.ComplianceClock.MOON;
import static org.caretrail.domain.compliance.api.ComplianceClock.OBSERVATION_48H;
import static org.caretrail.domain.compliance.api.ComplianceClock.POST_ACUTE_CHOICE;
import static org.caretrail.domain.compliance.api.ComplianceClock.REFERRAL_RESPONSE;
import static org.caretrail.domain.compliance.api.ComplianceClock.TCM_CONTACT;
import static org.caretrail.projections.support.EpisodeFeed.at;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ClockView;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.CountClockStatusesQuery;
import org.caretrail.domain.compliance.api.CountOverdueClocksQuery;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceQuery;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.StatusCount;
import org.caretrail.domain.compliance.api.WorklistEntry;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.ServiceType;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.EpisodeFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The compliance read model over event sequences: late, redelivered, corrected and cancelled facts. */
class ComplianceProjectionTest {

    private static final String FACILITY = "F-1";
    private static final Instant MONDAY_10 = Instant.parse("2026-03-02T10:00:00Z");

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private ComplianceProjection projection;

    @BeforeEach
    void freshReadModel() {
        projection = new ComplianceProjection(mongo.newDatabase(), Facilities.allUtc(), ComplianceSettings.defaults());
    }

    private EpisodeFeed episode(String episodeId) {
        return episode(episodeId, FACILITY);
    }

    /** An episode whose events reach the projection as they are added. */
    private EpisodeFeed episode(String episodeId, String facilityId) {
        return EpisodeFeed.deliveredTo(projection::on, episodeId, "patient-of-" + episodeId, facilityId);
    }

    private Map<String, ClockView> clocks(String episodeId, Instant asOf) {
        return projection.handle(new FindEpisodeComplianceQuery(episodeId, asOf)).orElseThrow().clocks().stream()
                .collect(Collectors.toMap(clock -> clock.clock() + (clock.referralId() == null ? ""
                        : "/" + clock.referralId()), clock -> clock));
    }

    private ClockStatus status(String episodeId, ComplianceClock clock, Instant asOf) {
        return clocks(episodeId, asOf).get(clock.name()).status();
    }

    private List<WorklistEntry> worklist(Instant asOf) {
        return projection.handle(FindWorklistQuery.whole(FACILITY, asOf)).items();
    }

    @Test
    void aRedeliveredFailedContactDoesNotCountAsASecondAttempt() {
        EpisodeFeed feed = episode("e1")
                .admitted(PatientClass.INPATIENT, Payer.COMMERCIAL, MONDAY_10)
                .discharged("01", at("2026-03-04T14:00:00Z"))
                .contact(false, at("2026-03-05T10:00:00Z"))
                .again();

        assertThat(status("e1", TCM_CONTACT, at("2026-03-05T12:00:00Z"))).isEqualTo(OPEN);

        feed.contact(false, at("2026-03-05T15:00:00Z"));
        ClockView tcm = clocks("e1", at("2026-03-05T16:00:00Z")).get("TCM_CONTACT");
        assertThat(tcm.status()).isEqualTo(MET);
        assertThat(tcm.metAt()).isEqualTo(at("2026-03-05T15:00:00Z"));
    }

    @Test
    void aDischargeWithoutDispositionKeepsTheFollowUpContactOpenWithNoDueUntilTheDispositionIsRecorded() {
        EpisodeFeed feed = episode("e1")
                .admitted(PatientClass.INPATIENT, Payer.COMMERCIAL, MONDAY_10)
                .discharged(null, at("2026-03-04T14:00:00Z"));
        Instant nextWeek = at("2026-03-11T10:00:00Z");

        ClockView unknown = clocks("e1", nextWeek).get("TCM_CONTACT");
        assertThat(unknown.status()).isEqualTo(OPEN);
        assertThat(unknown.due()).isNull();
        assertThat(worklist(nextWeek)).extracting(WorklistEntry::clock).contains(TCM_CONTACT);

        feed.dispositionRecorded("01", at("2026-03-05T09:00:00Z"));

        ClockView known = clocks("e1", nextWeek).get("TCM_CONTACT");
        assertThat(known.status()).isEqualTo(OVERDUE);
        assertThat(known.due()).isEqualTo(at("2026-03-06T23:59:59.999999999Z"));
    }

    @Test
    void noticesRecordedAfterTheDischargeCountAtTheirClinicalTime() {
        EpisodeFeed feed = episode("e1")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .discharged("01", at("2026-03-06T10:00:00Z"))
                .notice(NoticeType.IMM, at("2026-03-03T09:00:00Z"));
        Instant afterDischarge = at("2026-03-06T12:00:00Z");

        assertThat(clocks("e1", afterDischarge).get("IMM_INITIAL").metAt()).isEqualTo(at("2026-03-03T09:00:00Z"));
        assertThat(status("e1", IMM_FOLLOW_UP, afterDischarge)).isEqualTo(MISSED);

        feed.notice(NoticeType.IMM, at("2026-03-06T05:00:00Z"));

        assertThat(status("e1", IMM_FOLLOW_UP, afterDischarge)).isEqualTo(MET);
    }

    @Test
    void theWorklistAtAnEarlierAsOfShowsClocksMetSince() {
        episode("e1")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .notice(NoticeType.IMM, at("2026-03-03T09:00:00Z"))
                .discharged("01", at("2026-03-06T10:00:00Z"));

        assertThat(worklist(at("2026-03-02T12:00:00Z"))).extracting(WorklistEntry::clock, WorklistEntry::status,
                        WorklistEntry::due)
                .containsExactly(
                        tuple(IMM_INITIAL, OPEN, at("2026-03-04T23:59:59.999999999Z")),
                        tuple(IMM_FOLLOW_UP, OPEN, null));
        assertThat(worklist(at("2026-03-04T00:00:00Z"))).extracting(WorklistEntry::clock)
                .containsExactly(IMM_FOLLOW_UP);
        assertThat(worklist(at("2026-03-11T00:00:00Z"))).extracting(WorklistEntry::clock, WorklistEntry::status)
                .containsExactly(tuple(TCM_CONTACT, OVERDUE));
    }

    @Test
    void aCancelledDischargeReopensTheClockItHadClosed() {
        EpisodeFeed feed = episode("e1")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .discharged("01", at("2026-03-03T10:00:00Z"));
        Instant thursday = at("2026-03-05T00:00:00Z");
        assertThat(status("e1", IMM_INITIAL, thursday)).isEqualTo(MISSED);
        assertThat(worklist(thursday)).extracting(WorklistEntry::clock).containsExactly(TCM_CONTACT);

        feed.dischargeCancelled(at("2026-03-03T11:00:00Z"));

        assertThat(status("e1", IMM_INITIAL, thursday)).isEqualTo(OVERDUE);
        assertThat(status("e1", TCM_CONTACT, thursday)).isEqualTo(NOT_APPLICABLE);
        assertThat(worklist(thursday)).extracting(WorklistEntry::clock, WorklistEntry::status).containsExactly(
                tuple(IMM_INITIAL, OVERDUE),
                tuple(IMM_FOLLOW_UP, OPEN));
    }

    @Test
    void aPayerCorrectionPutsTheNoticeClocksOnAndOffTheWorklist() {
        EpisodeFeed feed = episode("e1").admitted(PatientClass.INPATIENT, Payer.COMMERCIAL, MONDAY_10);
        Instant tuesday = at("2026-03-03T10:00:00Z");
        assertThat(worklist(tuesday)).isEmpty();

        feed.payerCorrected(Payer.MEDICARE_ADVANTAGE, at("2026-03-03T09:00:00Z"));
        assertThat(worklist(tuesday)).extracting(WorklistEntry::clock).containsExactly(IMM_INITIAL, IMM_FOLLOW_UP);

        feed.payerCorrected(Payer.SELF_PAY, at("2026-03-03T09:30:00Z"));
        assertThat(worklist(tuesday)).isEmpty();
        assertThat(status("e1", IMM_INITIAL, tuesday)).isEqualTo(NOT_APPLICABLE);
    }

    @Test
    void aCancelledEpisodeLeavesTheWorklistButKeepsEveryClockAsNotApplicable() {
        episode("e1")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .referral("R-1", ServiceType.SNF, at("2026-03-02T12:00:00Z"))
                .cancelled(at("2026-03-02T13:00:00Z"));

        assertThat(worklist(at("2026-03-03T10:00:00Z"))).isEmpty();
        assertThat(clocks("e1", at("2026-03-03T10:00:00Z")).values()).hasSize(7)
                .allSatisfy(clock -> assertThat(clock.status()).isEqualTo(NOT_APPLICABLE));
    }

    @Test
    void theWorklistAgreesWithTheEpisodesClocksAtEveryAsOf() {
        episode("e1")
                .admitted(PatientClass.OBSERVATION, Payer.MEDICARE, MONDAY_10)
                .notice(NoticeType.MOON, at("2026-03-03T08:00:00Z"))
                .classChanged(PatientClass.INPATIENT, at("2026-03-03T16:00:00Z"))
                .referral("R-2", ServiceType.SNF, at("2026-03-04T08:00:00Z"))
                .choiceList(at("2026-03-04T09:00:00Z"))
                .referral("R-1", ServiceType.HOME_HEALTH, at("2026-03-04T10:00:00Z"))
                .referralCancelled("R-2", ServiceType.SNF, at("2026-03-05T09:00:00Z"))
                .notice(NoticeType.IMM, at("2026-03-05T12:00:00Z"))
                .referralAccepted("R-1", ServiceType.HOME_HEALTH, at("2026-03-06T11:00:00Z"))
                .discharged("06", at("2026-03-09T15:00:00Z"))
                .contact(false, at("2026-03-10T10:00:00Z"))
                .contact(true, at("2026-03-13T10:00:00Z"));

        int actionableAsOfs = 0;
        for (Instant asOf = at("2026-03-01T00:00:00Z"); asOf.isBefore(at("2026-04-20T00:00:00Z"));
             asOf = asOf.plus(Duration.ofHours(3))) {
            List<String> fromClocks = clocks("e1", asOf).values().stream()
                    .filter(clock -> clock.status().isActionable())
                    .map(clock -> clock.clock() + "/" + clock.referralId() + "/" + clock.status() + "/" + clock.due())
                    .sorted().toList();
            List<String> fromWorklist = worklist(asOf).stream()
                    .map(item -> item.clock() + "/" + item.referralId() + "/" + item.status() + "/" + item.due())
                    .sorted().toList();
            assertThat(fromWorklist).as("at %s", asOf).isEqualTo(fromClocks);
            actionableAsOfs += fromClocks.isEmpty() ? 0 : 1;
        }
        assertThat(actionableAsOfs).as("asOfs with something to do").isGreaterThan(50);
        Map<String, ClockView> settled = clocks("e1", at("2026-04-20T00:00:00Z"));
        assertThat(settled.get("MOON").status()).isEqualTo(MET);
        assertThat(settled.get("IMM_INITIAL").status()).isEqualTo(MET);
        assertThat(settled.get("IMM_FOLLOW_UP").status()).isEqualTo(MISSED);
        assertThat(settled.get("TCM_CONTACT").status()).isEqualTo(MET_LATE);
        assertThat(settled.get("REFERRAL_RESPONSE/R-1").status()).isEqualTo(MET_LATE);
        assertThat(settled.get("REFERRAL_RESPONSE/R-2").status()).isEqualTo(NOT_APPLICABLE);
        assertThat(settled.get("POST_ACUTE_CHOICE/R-1").status()).isEqualTo(MET);
        assertThat(settled.get("POST_ACUTE_CHOICE/R-2").status()).isEqualTo(MISSED);
    }

    @Test
    void theWorklistHoldsOneFacilityOnlySoonestDueFirst() {
        episode("late").admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-03-03T10:00:00Z"));
        episode("early").admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("elsewhere", "F-2").admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);

        assertThat(worklist(at("2026-03-03T12:00:00Z")))
                .extracting(item -> item.episodeId() + " " + item.clock())
                .containsExactly("early IMM_INITIAL", "late IMM_INITIAL", "early IMM_FOLLOW_UP", "late IMM_FOLLOW_UP");
    }

    @Test
    void theWorklistComesAPageAtATimeInItsOrderWithTheCountOfEveryActionableClock() {
        episode("late").admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-03-03T10:00:00Z"));
        episode("early").admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        Instant asOf = at("2026-03-03T12:00:00Z");

        WorklistResponse second = projection.handle(new FindWorklistQuery(FACILITY, asOf, 1, 3));
        WorklistResponse beyond = projection.handle(new FindWorklistQuery(FACILITY, asOf, 2, 3));

        assertThat(projection.handle(new FindWorklistQuery(FACILITY, asOf, 0, 3)).items())
                .extracting(item -> item.episodeId() + " " + item.clock())
                .containsExactly("early IMM_INITIAL", "late IMM_INITIAL", "early IMM_FOLLOW_UP");
        assertThat(second.items()).extracting(item -> item.episodeId() + " " + item.clock())
                .containsExactly("late IMM_FOLLOW_UP");
        assertThat(List.of(second.page(), second.size())).containsExactly(1, 3);
        assertThat(second.total()).isEqualTo(4);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(4);
    }

    @Test
    void countsOverdueClocksPerClockAtAnAsOf() {
        episode("e1").admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);
        episode("e2").admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .referral("R-1", ServiceType.DME, MONDAY_10);

        Map<ComplianceClock, Long> overdue = projection.handle(new CountOverdueClocksQuery(at("2026-03-06T00:00:00Z")))
                .overdue();

        assertThat(overdue).containsEntry(IMM_INITIAL, 2L).containsEntry(REFERRAL_RESPONSE, 1L)
                .containsEntry(MOON, 0L).containsEntry(TCM_CONTACT, 0L).containsEntry(POST_ACUTE_CHOICE, 0L)
                .containsEntry(IMM_FOLLOW_UP, 0L);
    }

    @Test
    void theReportCountsClocksDueInThePeriodAndThoseWithoutADueByAdmission() {
        episode("march")
                .admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10)
                .notice(NoticeType.IMM, at("2026-03-03T09:00:00Z"))
                .discharged("01", at("2026-03-05T10:00:00Z"))
                .contact(true, at("2026-03-06T10:00:00Z"));
        episode("straddling").admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-03-30T10:00:00Z"));
        episode("april").admitted(PatientClass.INPATIENT, Payer.MEDICARE, at("2026-04-02T10:00:00Z"));

        List<StatusCount> counts = projection.handle(new CountClockStatusesQuery(FACILITY, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), at("2026-04-10T00:00:00Z"))).counts();

        YearMonth march = YearMonth.of(2026, 3);
        assertThat(counts).containsExactlyInAnyOrder(
                new StatusCount(FACILITY, IMM_INITIAL, march, MET, 1),
                new StatusCount(FACILITY, IMM_FOLLOW_UP, null, NOT_APPLICABLE, 1),
                new StatusCount(FACILITY, IMM_FOLLOW_UP, null, OPEN, 1),
                new StatusCount(FACILITY, MOON, null, NOT_APPLICABLE, 2),
                new StatusCount(FACILITY, OBSERVATION_48H, null, NOT_APPLICABLE, 2),
                new StatusCount(FACILITY, TCM_CONTACT, march, MET, 1),
                new StatusCount(FACILITY, TCM_CONTACT, null, NOT_APPLICABLE, 1));
    }

    @Test
    void anUnknownEpisodeHasNoCompliance() {
        assertThat(projection.handle(new FindEpisodeComplianceQuery("nobody", MONDAY_10))).isEmpty();
    }

    @Test
    void aResetClearsEveryEpisodeAndTheWorklist() {
        episode("e1").admitted(PatientClass.INPATIENT, Payer.MEDICARE, MONDAY_10);

        projection.reset();

        assertThat(projection.handle(new FindEpisodeComplianceQuery("e1", MONDAY_10))).isEmpty();
        assertThat(worklist(at("2026-03-03T10:00:00Z"))).isEmpty();
    }
}
