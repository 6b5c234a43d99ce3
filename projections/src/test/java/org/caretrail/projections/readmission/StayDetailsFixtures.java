package org.caretrail.projections.readmission;

import java.time.LocalDate;
import java.util.List;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.episode.api.Payer;

/** Gives fixture stays a payer, a birth date and a coding. */
final class StayDetailsFixtures {

    private StayDetailsFixtures() {
    }

    static Stay medicare(Stay stay, String birthDate) {
        StayDetails d = stay.details();
        return stay.withDetails(new StayDetails(Payer.MEDICARE, birthDate == null ? null : LocalDate.parse(birthDate),
                d.admitSource(), d.diagnoses(), d.procedures()));
    }

    /** The first code is the principal diagnosis, the others secondary. */
    static Stay coded(Stay stay, String... icd10Codes) {
        return coded(stay, List.of(), icd10Codes);
    }

    static Stay coded(Stay stay, List<CodedProcedure> procedures, String... icd10Codes) {
        List<CodedDiagnosis> diagnoses = new java.util.ArrayList<>();
        for (int i = 0; i < icd10Codes.length; i++) {
            diagnoses.add(new CodedDiagnosis(icd10Codes[i], DiagnosisCodeSystem.ICD10CM, i == 0, null));
        }
        StayDetails d = stay.details();
        return stay.withDetails(new StayDetails(d.payer(), d.birthDate(), d.admitSource(), diagnoses, procedures));
    }

    static Stay admittedFrom(Stay stay, String admitSource) {
        StayDetails d = stay.details();
        return stay.withDetails(new StayDetails(d.payer(), d.birthDate(), admitSource, d.diagnoses(), d.procedures()));
    }
}
