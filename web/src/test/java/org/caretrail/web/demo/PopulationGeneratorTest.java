package org.caretrail.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.caretrail.domain.episode.api.AcceptReferralCommand;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.CancelDischargeCommand;
import org.caretrail.domain.episode.api.CancelReferralCommand;
import org.caretrail.domain.episode.api.DeclineReferralCommand;
import org.caretrail.domain.episode.api.DeliverNoticeCommand;
import org.caretrail.domain.episode.api.NoticeType;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.PlaceReferralCommand;
import org.caretrail.domain.episode.api.RecordCodingCommand;
import org.caretrail.domain.episode.api.RecordFollowUpContactCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo population looks like a real hospital system's year, and is the same for the same seed. */
class PopulationGeneratorTest {

    private static final Instant UNTIL = Instant.parse("2026-11-01T00:00:00Z");
    private static Population population;

    @BeforeAll
    static void generate() {
        population = new PopulationGenerator(42, PopulationGenerator.DEFAULT_PATIENTS, UNTIL).generate();
    }

    @Test
    void theSameSeedAndSizeGiveTheSamePopulationAndAnotherSeedAnother() {
        Population again = new PopulationGenerator(42, PopulationGenerator.DEFAULT_PATIENTS, UNTIL).generate();
        Population other = new PopulationGenerator(43, PopulationGenerator.DEFAULT_PATIENTS, UNTIL).generate();

        assertThat(again).isEqualTo(population);
        assertThat(other.stays()).isNotEqualTo(population.stays());
        assertThat(other.patients().get(0).patientId()).isNotEqualTo(population.patients().get(0).patientId());
    }

    @Test
    void aYearAtThreeFacilitiesInTwoTimeZones() {
        assertThat(population.patients()).hasSize(2_000);
        assertThat(population.stays().size()).isBetween(2_600, 4_500);
        assertThat(population.stays()).extracting(Stay::facilityId).containsOnly("F-NY-MAIN", "F-NY-NORTH", "F-CHI");
        assertThat(population.stays()).allMatch(stay -> stay.admittedAt().isBefore(UNTIL)
                && stay.admittedAt().isAfter(UNTIL.minus(Duration.ofDays(366))));
        assertThat(steps(Step::isHl7)).isGreaterThan(5_000);
        assertThat(steps(step -> !step.isHl7())).isGreaterThan(10_000);
        assertThat(population.patients()).allMatch(patient -> patient.steps().stream()
                .map(Step::sentAt).sorted().toList().equals(patient.steps().stream().map(Step::sentAt).toList()));
        assertThat(population.patients().stream().flatMap(p -> p.steps().stream()))
                .allMatch(step -> !step.sentAt().isAfter(UNTIL));
    }

    @Test
    void aboutOneIndexStayInSevenIsReadmittedWithinThirtyDays() {
        double rate = readmissionRate();
        assertThat(rate).isBetween(0.12, 0.18);
    }

    @Test
    void observationIsAboutAFifthOfTheShortStaysAndSomeRunPastOneAndTwoDays() {
        List<Stay> discharged = population.stays().stream()
                .filter(stay -> stay.dischargedAt() != null && !stay.cancelled()
                        && stay.finalClass() != PatientClass.EMERGENCY).toList();
        List<Stay> shortStays = discharged.stream().filter(stay -> hours(stay) < 48).toList();
        double share = shortStays.stream().filter(stay -> stay.finalClass() == PatientClass.OBSERVATION).count()
                / (double) shortStays.size();

        System.out.printf("demo population: %d stays, readmission rate %.3f, observation share of short stays %.3f%n",
                population.stays().size(), readmissionRate(), share);
        assertThat(share).isBetween(0.15, 0.26);
        assertThat(discharged).filteredOn(stay -> stay.finalClass() == PatientClass.OBSERVATION && hours(stay) > 48)
                .hasSizeGreaterThan(10);
        assertThat(discharged).filteredOn(stay -> stay.finalClass() == PatientClass.INPATIENT && stay.hadObservation())
                .as("observation turned inpatient").hasSizeGreaterThan(20);
        assertThat(hl7Triggers()).containsKeys("A01", "A02", "A03", "A06", "A07", "A11", "A13");
    }

    @Test
    void deathsAmaTransfersPlannedReturnsAndCorrectionsAllOccur() {
        Map<String, Long> dispositions = population.stays().stream().filter(stay -> stay.disposition() != null)
                .collect(Collectors.groupingBy(Stay::disposition, Collectors.counting()));

        assertThat(dispositions).containsKeys("01", "02", "03", "06", "07", "20", "62", "81");
        assertThat(dispositions.get("20")).isBetween(20L, 150L);
        assertThat(population.stays()).filteredOn(Stay::planned).hasSizeGreaterThan(50);
        assertThat(population.stays()).filteredOn(Stay::cancelled).hasSizeBetween(5, 60);
        assertThat(commands(CancelDischargeCommand.class) + hl7Triggers().getOrDefault("A13", 0L))
                .isBetween(20L, 200L);
        assertThat(population.patients().stream().flatMap(p -> p.steps().stream()))
                .as("late arrivals").anyMatch(step -> step.sentAt().isAfter(step.at()));
    }

    @Test
    void caseManagementHasNoticesReferralsAndFollowUpsOnTimeLateAndMissing() {
        long placed = commands(PlaceReferralCommand.class);
        long accepted = commands(AcceptReferralCommand.class);
        long declined = commands(DeclineReferralCommand.class);

        assertThat(placed).isGreaterThan(200);
        assertThat(declined).isGreaterThan(10);
        assertThat(accepted + declined).as("some referrals are left waiting").isLessThan(placed);
        // most of them are cancelled a few days after the discharge, so the worklist holds recent clocks; a few
        // stay open as the findings a compliance report shows
        long waiting = placed - accepted - declined;
        long cancelled = commands(CancelReferralCommand.class);
        assertThat(cancelled).isGreaterThanOrEqualTo(waiting * 7 / 10).isLessThan(waiting);
        assertThat(population.patients().stream().flatMap(p -> p.steps().stream())
                .filter(step -> step.command() instanceof DeliverNoticeCommand notice && notice.notice() == NoticeType.MOON))
                .hasSizeGreaterThan(20);
        assertThat(commands(DeliverNoticeCommand.class)).isGreaterThan(500);
        assertThat(commands(RecordFollowUpContactCommand.class)).isGreaterThan(500);
    }

    @Test
    void mostStaysAreCodedAfterDischargeAndAdmissionsCarryABirthDate() {
        assertThat(commands(RecordCodingCommand.class)).isGreaterThan(1_000);
        assertThat(population.patients().stream().flatMap(p -> p.steps().stream())
                .filter(step -> step.command() instanceof AdmitPatientCommand)
                .map(step -> (AdmitPatientCommand) step.command()))
                .isNotEmpty().allMatch(admission -> admission.birthDate() != null
                        && admission.birthDate().isBefore(LocalDate.of(2008, 11, 1)));
        assertThat(population.patients().stream().flatMap(p -> p.steps().stream()).filter(Step::isHl7)
                .filter(step -> step.hl7().contains("ADT^A01")))
                .allMatch(step -> step.hl7().matches("(?s).*\\rPID\\|1\\|\\|[^|]+\\|\\|[^|]+\\|\\|\\d{8}\\|[FM]\\r.*"));
    }

    /** ACUTE_30 in short: inpatient index stays, readmitted by the next unplanned inpatient admission within 30 days. */
    private static double readmissionRate() {
        int index = 0;
        int readmitted = 0;
        Map<String, List<Stay>> byPatient = population.stays().stream().filter(stay -> !stay.cancelled()
                && stay.finalClass() == PatientClass.INPATIENT).collect(Collectors.groupingBy(Stay::patientId));
        for (List<Stay> stays : byPatient.values()) {
            List<Stay> ordered = stays.stream().sorted(Comparator.comparing(Stay::admittedAt)).toList();
            for (int i = 0; i < ordered.size(); i++) {
                Stay stay = ordered.get(i);
                if (!stay.isIndexCandidate() || stay.dischargedAt().isAfter(UNTIL.minus(Duration.ofDays(31)))) {
                    continue;
                }
                Stay next = i + 1 < ordered.size() ? ordered.get(i + 1) : null;
                if (next != null && next.facilityId().equals(stay.facilityId()) && date(next.admittedAt())
                        .equals(date(stay.dischargedAt()))) {
                    continue; // a same-day continuation
                }
                index++;
                boolean plannedVariant = Integer.parseInt(stay.disposition()) >= 81;
                if (next != null && !next.planned() && !plannedVariant
                        && ChronoUnit.DAYS.between(date(stay.dischargedAt()), date(next.admittedAt())) <= 30) {
                    readmitted++;
                }
            }
        }
        return readmitted / (double) index;
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long hours(Stay stay) {
        return Duration.between(stay.admittedAt(), stay.dischargedAt()).toHours();
    }

    private static long steps(Predicate<Step> which) {
        return population.patients().stream().flatMap(p -> p.steps().stream()).filter(which).count();
    }

    private static long commands(Class<?> type) {
        return steps(step -> type.isInstance(step.command()));
    }

    private static Map<String, Long> hl7Triggers() {
        return population.patients().stream().flatMap(p -> p.steps().stream()).filter(Step::isHl7)
                .map(step -> step.hl7().split("\\|")[8].split("\\^")[1])
                .collect(Collectors.groupingBy(trigger -> trigger, Collectors.counting()));
    }
}
