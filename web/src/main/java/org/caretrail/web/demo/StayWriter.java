package org.caretrail.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.caretrail.domain.episode.api.AdmitPatientCommand;
import org.caretrail.domain.episode.api.CancelDischargeCommand;
import org.caretrail.domain.episode.api.CancelEpisodeCommand;
import org.caretrail.domain.episode.api.ChangePatientClassCommand;
import org.caretrail.domain.episode.api.DischargePatientCommand;
import org.caretrail.domain.episode.api.Disposition;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.domain.episode.api.TransferPatientCommand;

/**
 * Writes the ADT side of one demo stay (admission, class changes, unit transfers, discharge and its corrections)
 * as HL7 for a facility that sends HL7, as commands otherwise, and hands the stay to {@link CareWriter} for the
 * case management around it.
 */
final class StayWriter {

    private static final List<String> UNITS = List.of("4W", "5E", "6N", "ICU", "TELE", "MED2");

    private final Random random;
    private final DemoPatient patient;
    private final Instant until;

    StayWriter(Random random, DemoPatient patient, Instant until) {
        this.random = random;
        this.patient = patient;
        this.until = until;
    }

    /** The steps of one stay, appended to {@code steps}; {@code disposition} null lets the stay choose its own. */
    Stay write(String episodeId, DemoFacility facility, EncounterKind kind, Instant start, String diagnosis,
               String disposition, List<Step> steps) {
        Adt adt = new Adt(facility, episodeId, steps);
        boolean viaEd = kind == EncounterKind.ED_VISIT
                || kind != EncounterKind.ELECTIVE && random.nextDouble() < 0.6;
        PatientClass first = viaEd ? PatientClass.EMERGENCY
                : kind == EncounterKind.OBSERVATION ? PatientClass.OBSERVATION : PatientClass.INPATIENT;
        String unit = first == PatientClass.EMERGENCY ? "ED" : pick(UNITS);
        adt.admit(start, first, unit, kind == EncounterKind.ELECTIVE, diagnosis);
        Instant t = start;
        PatientClass current = first;
        Instant observationStart = first == PatientClass.OBSERVATION ? start : null;
        Instant observationEnd = null;
        Instant inpatientStart = first == PatientClass.INPATIENT ? start : null;
        Instant end;
        if (kind == EncounterKind.ED_VISIT) {
            end = start.plus(hours(2, 10));
        } else {
            if (viaEd) {
                t = start.plus(hours(2, 7));
                current = kind == EncounterKind.OBSERVATION ? PatientClass.OBSERVATION : PatientClass.INPATIENT;
                adt.changeClass(t, current);
                observationStart = current == PatientClass.OBSERVATION ? t : null;
                inpatientStart = current == PatientClass.INPATIENT ? t : null;
            }
            if (current == PatientClass.OBSERVATION) {
                Duration observed = observationLength();
                if (random.nextDouble() < 0.25) {
                    Instant turned = t.plus(hours(12, 40));
                    adt.changeClass(turned, PatientClass.INPATIENT);
                    current = PatientClass.INPATIENT;
                    inpatientStart = turned;
                    observationEnd = turned;
                    end = turned.plus(hours(24, 120));
                } else {
                    end = t.plus(observed);
                }
            } else {
                Duration length = inpatientLength();
                end = t.plus(length);
                if (random.nextDouble() < 0.04 && length.toHours() > 30) {
                    Instant turned = t.plus(hours(6, 20));
                    adt.changeClass(turned, PatientClass.OBSERVATION); // condition code 44
                    current = PatientClass.OBSERVATION;
                    observationStart = turned;
                }
            }
            if (current == PatientClass.INPATIENT && random.nextDouble() < 0.4) {
                adt.transfer(midpoint(t, end), pick(UNITS));
            }
        }
        if (observationStart != null && observationEnd == null) {
            observationEnd = end;
        }
        String finalDisposition = disposition != null ? disposition : disposition(kind, current);
        CareWriter care = new CareWriter(random, patient, episodeId, steps);
        String destination = care.during(start, end, observationStart, observationEnd, inpatientStart,
                kind == EncounterKind.ED_VISIT, finalDisposition);
        Instant discharged = end;
        if (random.nextDouble() < 0.02) {
            adt.discharge(end, finalDisposition, destination);
            adt.cancelDischarge(end.plus(hours(1, 3)));
            discharged = end.plus(hours(4, 30));
        }
        adt.discharge(discharged, finalDisposition, destination);
        care.after(discharged, finalDisposition);
        CodingWriter.write(random, episodeId, diagnosis, kind, start, discharged, steps);
        boolean open = discharged.isAfter(until);
        return new Stay(patient.id(), episodeId, facility.id(), current, start, open ? null : discharged,
                finalDisposition, kind == EncounterKind.ELECTIVE, false, diagnosis, observationStart != null);
    }

    /** An admission entered in error: admitted, then cancelled a few hours later. */
    Stay writeEnteredInError(String episodeId, DemoFacility facility, Instant start, String diagnosis,
                             List<Step> steps) {
        Adt adt = new Adt(facility, episodeId, steps);
        adt.admit(start, PatientClass.INPATIENT, pick(UNITS), false, diagnosis);
        adt.cancel(start.plus(hours(1, 6)));
        return new Stay(patient.id(), episodeId, facility.id(), PatientClass.INPATIENT, start, null, null, false, true,
                diagnosis, false);
    }

    private String disposition(EncounterKind kind, PatientClass finalClass) {
        double p = random.nextDouble();
        if (kind == EncounterKind.ED_VISIT) {
            return p < 0.93 ? "01" : p < 0.985 ? "07" : "20";
        }
        if (finalClass == PatientClass.OBSERVATION) {
            return p < 0.88 ? "01" : p < 0.95 ? "06" : p < 0.98 ? "07" : "03";
        }
        String[] codes = {"01", "06", "03", "62", "50", "20", "07", "81", "86", "51"};
        double[] shares = {0.52, 0.18, 0.12, 0.03, 0.02, 0.025, 0.015, 0.04, 0.03, 0.02};
        double sum = 0;
        for (int i = 0; i < codes.length; i++) {
            sum += shares[i];
            if (p < sum) {
                return codes[i];
            }
        }
        return "01";
    }

    /** Most observation stays end within a day; a quarter pass 24 hours and some pass 48. */
    private Duration observationLength() {
        double p = random.nextDouble();
        return p < 0.6 ? hours(8, 24) : p < 0.85 ? hours(25, 48) : hours(49, 80);
    }

    /** Log-normal around three days, as acute stays are. */
    private Duration inpatientLength() {
        double hours = Math.exp(Math.log(72) + 0.7 * random.nextGaussian());
        return Duration.ofMinutes((long) (Math.max(20, Math.min(hours, 21 * 24)) * 60));
    }

    private Duration hours(int from, int to) {
        return Duration.ofMinutes(from * 60L + random.nextInt((to - from) * 60 + 1));
    }

    private static Instant midpoint(Instant from, Instant to) {
        return from.plus(Duration.between(from, to).dividedBy(2));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The ADT events of one episode, as HL7 or as commands depending on the facility. */
    private final class Adt {

        private final DemoFacility facility;
        private final String episodeId;
        private final List<Step> steps;
        private final AdtWriter hl7;

        Adt(DemoFacility facility, String episodeId, List<Step> steps) {
            this.facility = facility;
            this.episodeId = episodeId;
            this.steps = steps;
            this.hl7 = new AdtWriter(facility, episodeId, patient.id(), patient.name(), patient.birthDate(),
                    patient.sex());
        }

        void admit(Instant at, PatientClass patientClass, String unit, boolean planned, String diagnosis) {
            add(at, hl7.admit(at, code(patientClass), unit, planned, diagnosis, patient.payer().name()),
                    () -> new AdmitPatientCommand(episodeId, patient.id(), facility.id(), patientClass, at,
                            patient.payer(), planned ? "PHYSICIAN_REFERRAL" : "EMERGENCY", unit, diagnosis, planned,
                            patient.birthDate()));
        }

        void changeClass(Instant at, PatientClass to) {
            add(at, hl7.classChange(to == PatientClass.INPATIENT ? "A06" : "A07", at),
                    () -> new ChangePatientClassCommand(episodeId, to, at));
        }

        void transfer(Instant at, String unit) {
            add(at, hl7.transfer(at, unit), () -> new TransferPatientCommand(episodeId, unit, at));
        }

        void discharge(Instant at, String disposition, String destination) {
            add(at, hl7.discharge(at, disposition, destination),
                    () -> new DischargePatientCommand(episodeId, Disposition.of(disposition), at, destination));
        }

        void cancelDischarge(Instant at) {
            add(at, hl7.cancelDischarge(at),
                    () -> new CancelDischargeCommand(episodeId, "Discharge entered too early", at));
        }

        void cancel(Instant at) {
            add(at, hl7.cancelAdmission(at), () -> new CancelEpisodeCommand(episodeId, "Entered in error", at));
        }

        private void add(Instant at, String message, java.util.function.Supplier<Object> command) {
            steps.add(facility.sendsHl7() ? Step.hl7(at, episodeId, message)
                    : Step.command(at, episodeId, command.get()));
        }

        private static String code(PatientClass patientClass) {
            return switch (patientClass) {
                case EMERGENCY -> "E";
                case OBSERVATION -> "O";
                case INPATIENT -> "I";
            };
        }
    }
}
