package org.caretrail.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.episode.api.ProcedureCodeSystem;
import org.caretrail.domain.episode.api.RecordCodingCommand;

/** The final coding coders record a few days after most discharges: the principal diagnosis, others, procedures. */
final class CodingWriter {

    private static final List<String> SECONDARY = List.of("I10", "E11.9", "E78.5", "N18.9", "Z79.4", "F32.9");

    private CodingWriter() {
    }

    static void write(Random random, String episodeId, String principal, EncounterKind kind, Instant admitted,
                      Instant discharged, List<Step> steps) {
        if (kind == EncounterKind.ED_VISIT || random.nextDouble() < 0.15) {
            return; // not coded yet
        }
        List<CodedDiagnosis> diagnoses = new ArrayList<>();
        diagnoses.add(new CodedDiagnosis(principal, DiagnosisCodeSystem.ICD10CM, true, Boolean.TRUE));
        for (String other : SECONDARY) {
            if (random.nextDouble() < 0.25 && !other.equals(principal)) {
                diagnoses.add(new CodedDiagnosis(other, DiagnosisCodeSystem.ICD10CM, false, random.nextBoolean()));
            }
        }
        List<CodedProcedure> procedures = new ArrayList<>();
        String procedure = switch (principal) {
            case "M16.11" -> "0SR9019"; // hip replacement
            case "M17.11", "M17.12" -> "0SRD0J9"; // knee replacement
            case "I25.10" -> kind == EncounterKind.ELECTIVE ? "021109W" : null; // coronary bypass
            default -> null;
        };
        if (procedure != null) {
            procedures.add(new CodedProcedure(procedure, ProcedureCodeSystem.ICD10PCS,
                    admitted.plus(Duration.ofHours(3))));
        }
        Instant codedAt = discharged.plus(Duration.ofHours(24 + random.nextInt(96)));
        steps.add(Step.command(codedAt, episodeId, new RecordCodingCommand(episodeId, List.copyOf(diagnoses),
                List.copyOf(procedures), codedAt)));
    }
}
