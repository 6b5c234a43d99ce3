package org.caretrail.projections.cohort;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.projections.support.BoundedMemo;

/**
 * Which cohorts a stay's codes put it in (docs/MEASURES.md "Condition cohorts"): by the principal diagnosis, an anchor
 * principal with a qualifying secondary diagnosis, or a procedure, unless an excluded principal diagnosis keeps it
 * out. Only ICD-10 codes count; a secondary diagnosis flagged as not present on admission does not.
 */
public final class CohortRules {

    /** Distinct codings remembered: far more than the stays of the patients one processor batch judges. */
    private static final int REMEMBERED_CODINGS = 8_192;

    private record Coding(List<CodedDiagnosis> diagnoses, List<CodedProcedure> procedures, String workingPrincipal) {
    }

    private final ValueSets valueSets;
    // every judgement of a patient asks again about each of its stays: the answer depends on the coding alone
    private final BoundedMemo<Coding, Set<Cohort>> memo = new BoundedMemo<>(REMEMBERED_CODINGS, this::judge);

    public CohortRules(ValueSets valueSets) {
        this.valueSets = valueSets;
    }

    public String valueSetVersion() {
        return valueSets.version();
    }

    /**
     * @param diagnoses the coding's diagnoses, or empty when the stay is not coded
     * @param workingPrincipal the admission's ICD-10 principal diagnosis, used when there is no coding
     */
    public Set<Cohort> cohortsOf(List<CodedDiagnosis> diagnoses, List<CodedProcedure> procedures,
                                 String workingPrincipal) {
        return memo.get(new Coding(List.copyOf(diagnoses), List.copyOf(procedures), workingPrincipal));
    }

    private Set<Cohort> judge(Coding coding) {
        List<CodedDiagnosis> diagnoses = coding.diagnoses();
        List<CodedProcedure> procedures = coding.procedures();
        String workingPrincipal = coding.workingPrincipal();
        String principal = diagnoses.isEmpty() ? workingPrincipal : icd10Principal(diagnoses);
        List<String> secondaries = diagnoses.stream()
                .filter(d -> !d.principal() && d.system() == DiagnosisCodeSystem.ICD10CM)
                .filter(d -> !Boolean.FALSE.equals(d.presentOnAdmission()))
                .map(CodedDiagnosis::code)
                .toList();
        Set<Cohort> cohorts = EnumSet.noneOf(Cohort.class);
        for (Cohort cohort : Cohort.values()) {
            if (qualifies(cohort, principal, secondaries, procedures)) {
                cohorts.add(cohort);
            }
        }
        return Collections.unmodifiableSet(cohorts);
    }

    private boolean qualifies(Cohort cohort, String principal, List<String> secondaries,
                              List<CodedProcedure> procedures) {
        if (anyMatch(cohort, CodeRole.EXCLUDED_PRINCIPAL, principal)) {
            return false;
        }
        return anyMatch(cohort, CodeRole.PRINCIPAL, principal)
                || anyMatch(cohort, CodeRole.ANCHOR, principal)
                    && secondaries.stream().anyMatch(code -> anyMatch(cohort, CodeRole.SECONDARY, code))
                || procedures.stream().anyMatch(p -> anyMatch(cohort, CodeRole.PROCEDURE, p.code()));
    }

    private boolean anyMatch(Cohort cohort, CodeRole role, String code) {
        return code != null && valueSets.prefixes(cohort, role).stream().anyMatch(p -> CodePrefix.matches(p, code));
    }

    private static String icd10Principal(List<CodedDiagnosis> diagnoses) {
        return diagnoses.stream()
                .filter(d -> d.principal() && d.system() == DiagnosisCodeSystem.ICD10CM)
                .map(CodedDiagnosis::code)
                .findFirst()
                .orElse(null);
    }
}
