package org.caretrail.domain.episode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.domain.episode.api.ProcedureCodeSystem;

/**
 * The checks of a coding command: codes well formed for their system and kept as sent, the
 * default systems filled in, exactly one principal diagnosis, no code listed twice.
 */
final class Coding {

    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");
    private static final Pattern ICD9CM = Pattern.compile("(\\d{3}|V\\d{2}|E\\d{3})(\\.?\\d{1,2})?");
    private static final Pattern SNOMEDCT = Pattern.compile("[1-9]\\d{5,17}");
    private static final Pattern ICD10PCS = Pattern.compile("[0-9A-HJ-NP-Z]{7}");

    private Coding() {
    }

    static List<CodedDiagnosis> diagnoses(List<CodedDiagnosis> diagnoses) {
        Guards.requireValue(diagnoses, "diagnoses");
        List<CodedDiagnosis> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int principals = 0;
        for (int i = 0; i < diagnoses.size(); i++) {
            String field = "diagnoses[" + i + "]";
            CodedDiagnosis diagnosis = diagnoses.get(i);
            Guards.requireValue(diagnosis, field);
            DiagnosisCodeSystem system = diagnosis.system() == null ? DiagnosisCodeSystem.ICD10CM : diagnosis.system();
            requireCode(diagnosis.code(), field + ".code", pattern(system), system.name());
            if (!seen.add(system + " " + diagnosis.code())) {
                throw new InvalidCommandException(field + ".code", "diagnosis " + diagnosis.code() + " is listed twice");
            }
            principals += diagnosis.principal() ? 1 : 0;
            checked.add(new CodedDiagnosis(diagnosis.code(), system, diagnosis.principal(),
                    diagnosis.presentOnAdmission()));
        }
        if (principals != 1) {
            throw new InvalidCommandException("diagnoses",
                    "exactly one diagnosis must be marked principal, " + principals + " were");
        }
        return List.copyOf(checked);
    }

    static List<CodedProcedure> procedures(List<CodedProcedure> procedures) {
        if (procedures == null) {
            return List.of();
        }
        List<CodedProcedure> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < procedures.size(); i++) {
            String field = "procedures[" + i + "]";
            CodedProcedure procedure = procedures.get(i);
            Guards.requireValue(procedure, field);
            ProcedureCodeSystem system = procedure.system() == null ? ProcedureCodeSystem.ICD10PCS : procedure.system();
            requireCode(procedure.code(), field + ".code", ICD10PCS, system.name());
            if (!seen.add(procedure.code() + " " + procedure.performedAt())) {
                throw new InvalidCommandException(field + ".code", "procedure " + procedure.code()
                        + " is listed twice with the same time");
            }
            checked.add(new CodedProcedure(procedure.code(), system, procedure.performedAt()));
        }
        return List.copyOf(checked);
    }

    private static Pattern pattern(DiagnosisCodeSystem system) {
        return switch (system) {
            case ICD10CM -> ICD10CM;
            case ICD9CM -> ICD9CM;
            case SNOMEDCT -> SNOMEDCT;
        };
    }

    private static void requireCode(String code, String field, Pattern format, String system) {
        Guards.requireText(code, field);
        if (!format.matcher(code).matches()) {
            throw new InvalidCommandException(field, field + " must be a " + system + " code, was " + code);
        }
    }
}
