package org.caretrail.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;

/**
 * A deterministic synthetic hospital system: for a seed, a number of patients and the end of its twelve-month
 * window, always the same patients, stays and steps. Each patient has a random generator of their own, so the
 * population does not depend on the order anything is computed or sent in. Rates follow published ones: about
 * 15% of index stays readmitted within 30 days, observation about a fifth of the stays shorter than 48 hours.
 */
public final class PopulationGenerator {

    /** The default size of the demo population. */
    public static final int DEFAULT_PATIENTS = 2_000;

    private static final Set<String> ENDS_CARE = Set.of("20", "40", "41", "42");
    private static final List<String> FIRST = List.of("MARY", "JAMES", "PATRICIA", "JOHN", "LINDA", "ROBERT",
            "BARBARA", "MICHAEL", "ELIZABETH", "WILLIAM", "ROSA", "DAVID", "MARIA", "JOSE", "AISHA", "WEI");
    private static final List<String> LAST = List.of("SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA",
            "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ", "NGUYEN", "KOWALSKI", "OKAFOR", "CHEN", "PATEL", "COHEN");

    private final long seed;
    private final int patients;
    private final Instant until;

    /** A population of {@code patients} whose history covers the twelve months before {@code until}. */
    public PopulationGenerator(long seed, int patients, Instant until) {
        if (patients < 1) {
            throw new IllegalArgumentException("a population needs at least one patient, not " + patients);
        }
        this.seed = seed;
        this.patients = patients;
        this.until = until;
    }

    Population generate() {
        List<PatientPlan> plans = new ArrayList<>(patients);
        List<Stay> stays = new ArrayList<>();
        for (int number = 1; number <= patients; number++) {
            Random random = new Random(seed * 1_000_003L + number);
            DemoPatient patient = patient(random, number);
            List<Step> steps = new ArrayList<>();
            stays.addAll(history(random, patient, steps));
            plans.add(new PatientPlan(patient.id(), steps.stream()
                    .filter(step -> !step.sentAt().isAfter(until))
                    .sorted(Comparator.comparing(Step::sentAt))
                    .toList()));
        }
        return new Population(List.copyOf(plans), List.copyOf(stays));
    }

    private DemoPatient patient(Random random, int number) {
        int age = random.nextDouble() < 0.55 ? 65 + random.nextInt(31) : 18 + random.nextInt(47);
        Payer payer = age >= 65
                ? pick(random, new Payer[] {Payer.MEDICARE, Payer.MEDICARE_ADVANTAGE, Payer.COMMERCIAL},
                        new double[] {0.7, 0.25, 0.05})
                : pick(random, new Payer[] {Payer.MEDICAID, Payer.COMMERCIAL, Payer.SELF_PAY, Payer.OTHER},
                        new double[] {0.3, 0.55, 0.1, 0.05});
        DemoFacility home = pick(random, DemoFacility.ALL.toArray(DemoFacility[]::new), new double[] {0.45, 0.25, 0.3});
        LocalDate birthDate = LocalDate.ofInstant(until, home.zone()).minusYears(age).minusDays(random.nextInt(365));
        String name = LAST.get(random.nextInt(LAST.size())) + "^" + FIRST.get(random.nextInt(FIRST.size()));
        return new DemoPatient("P-" + seed + "-" + String.format("%05d", number), name, birthDate,
                random.nextBoolean() ? "F" : "M", payer, home);
    }

    private List<Stay> history(Random random, DemoPatient patient, List<Step> steps) {
        StayWriter writer = new StayWriter(random, patient, until);
        List<Stay> stays = new ArrayList<>();
        Instant from = until.minus(Duration.ofDays(365));
        Instant start = from.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        DemoFacility facility = random.nextDouble() < 0.9 ? patient.home() : other(random, patient.home());
        EncounterKind kind = firstKind(random);
        String diagnosis = DemoDiagnoses.forKind(random, kind);
        String episodePrefix = "E-" + patient.id().substring(2) + "-";
        if (random.nextDouble() < 0.01) {
            stays.add(writer.writeEnteredInError(episodePrefix + "0", facility, start.minusSeconds(3600),
                    diagnosis, steps));
        }
        for (int n = 1; n <= 8 && start.isBefore(until); n++) {
            String forced = kind == EncounterKind.INPATIENT && random.nextDouble() < 0.03 ? "02" : null;
            Stay stay = writer.write(episodePrefix + n, facility, kind, start, diagnosis, forced, steps);
            stays.add(stay);
            if (stay.dischargedAt() == null || ENDS_CARE.contains(stay.disposition())) {
                break;
            }
            Instant discharged = stay.dischargedAt();
            double p = random.nextDouble();
            if ("02".equals(forced)) {
                facility = other(random, facility); // transfer chain: admitted at another hospital the same day
                start = discharged.plus(Duration.ofMinutes(60 + random.nextInt(120)));
                kind = EncounterKind.INPATIENT;
            } else if (stay.finalClass() == PatientClass.INPATIENT && !"07".equals(stay.disposition())
                    && p < 0.2) {
                if (p < 0.01 && sameDay(discharged, discharged.plusSeconds(6 * 3600), facility)) {
                    start = discharged.plus(Duration.ofMinutes(60 + random.nextInt(240))); // same-day return
                } else {
                    int days = 1 + (int) (28 * Math.pow(random.nextDouble(), 1.6));
                    start = discharged.plus(Duration.ofDays(days)).plus(Duration.ofMinutes(random.nextInt(600)));
                    diagnosis = random.nextDouble() < 0.5 ? diagnosis : DemoDiagnoses.forKind(random, kind);
                }
                kind = random.nextDouble() < 0.1 ? EncounterKind.OBSERVATION : EncounterKind.INPATIENT;
            } else if (stay.finalClass() == PatientClass.INPATIENT && p < 0.24) {
                start = discharged.plus(Duration.ofDays(7 + random.nextInt(21))); // planned return
                kind = EncounterKind.ELECTIVE;
                diagnosis = DemoDiagnoses.forKind(random, kind);
            } else if (p < 0.3) {
                start = discharged.plus(Duration.ofDays(1 + random.nextInt(28))); // back in the ED
                kind = EncounterKind.ED_VISIT;
                diagnosis = DemoDiagnoses.forKind(random, kind);
            } else if (p < 0.5) {
                start = discharged.plus(Duration.ofDays(32 + random.nextInt(170)));
                kind = firstKind(random);
                diagnosis = DemoDiagnoses.forKind(random, kind);
                facility = random.nextDouble() < 0.9 ? patient.home() : other(random, patient.home());
            } else {
                break;
            }
        }
        return stays;
    }

    private static EncounterKind firstKind(Random random) {
        double p = random.nextDouble();
        return p < 0.05 ? EncounterKind.ELECTIVE : p < 0.37 ? EncounterKind.ED_VISIT
                : p < 0.44 ? EncounterKind.OBSERVATION : EncounterKind.INPATIENT;
    }

    private static boolean sameDay(Instant a, Instant b, DemoFacility facility) {
        return LocalDate.ofInstant(a, facility.zone()).equals(LocalDate.ofInstant(b, facility.zone()));
    }

    private static DemoFacility other(Random random, DemoFacility facility) {
        List<DemoFacility> others = DemoFacility.ALL.stream().filter(f -> !f.equals(facility)).toList();
        return others.get(random.nextInt(others.size()));
    }

    private static <T> T pick(Random random, T[] values, double[] shares) {
        double p = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += shares[i];
            if (p < sum) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
