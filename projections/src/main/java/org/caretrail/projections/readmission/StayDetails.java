package org.caretrail.projections.readmission;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.episode.api.Payer;

/**
 * What the cohort and risk rules need of a stay beyond its course: who pays, the birth date, how it began and its
 * latest coding (empty lists while uncoded).
 */
public record StayDetails(Payer payer, LocalDate birthDate, String admitSource, List<CodedDiagnosis> diagnoses,
                          List<CodedProcedure> procedures) {

    /** Nothing known beyond the stay's course. */
    public static final StayDetails NONE = new StayDetails(null, null, null, List.of(), List.of());

    public StayDetails {
        diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
    }

    public boolean coded() {
        return !diagnoses.isEmpty();
    }

    /** The principal diagnosis the rules use: the coded one when coded (null if not ICD-10), else the working one. */
    String principalIcd10(String workingPrincipal) {
        if (!coded()) {
            return workingPrincipal;
        }
        return diagnoses.stream().filter(d -> d.principal() && d.system() == DiagnosisCodeSystem.ICD10CM)
                .map(CodedDiagnosis::code).findFirst().orElse(null);
    }

    /** Every ICD-10 diagnosis of the stay: the coding's, else the working principal. */
    List<String> icd10Diagnoses(String workingPrincipal) {
        if (!coded()) {
            return workingPrincipal == null ? List.of() : List.of(workingPrincipal);
        }
        return diagnoses.stream().filter(d -> d.system() == DiagnosisCodeSystem.ICD10CM).map(CodedDiagnosis::code)
                .toList();
    }

    /** Admit source EMERGENCY, or HL7 PV1-14 value 7. */
    boolean admittedFromEmergency() {
        return admitSource != null && (admitSource.strip().toUpperCase(Locale.ROOT).equals("EMERGENCY")
                || admitSource.strip().equals("7"));
    }
}
