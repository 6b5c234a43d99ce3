package org.caretrail.projections.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.CodedProcedure;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.episode.api.ProcedureCodeSystem;
import org.caretrail.domain.readmission.api.Cohort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CohortRulesTest {

    private final CohortRules rules = new CohortRules(ValueSets.shipped());

    private static CodedDiagnosis principal(String code) {
        return new CodedDiagnosis(code, DiagnosisCodeSystem.ICD10CM, true, null);
    }

    private static CodedDiagnosis secondary(String code) {
        return new CodedDiagnosis(code, DiagnosisCodeSystem.ICD10CM, false, null);
    }

    private static CodedProcedure procedure(String code) {
        return new CodedProcedure(code, ProcedureCodeSystem.ICD10PCS, Instant.parse("2026-03-02T08:00:00Z"));
    }

    private Set<Cohort> coded(CodedDiagnosis... diagnoses) {
        return rules.cohortsOf(List.of(diagnoses), List.of(), null);
    }

    @ParameterizedTest(name = "principal {0} -> {1}")
    @CsvSource(textBlock = """
            I21.4,   AMI
            I22.0,   AMI
            I50.9,   HF
            I11.0,   HF
            I13.0,   HF
            I13.2,   HF
            I09.81,  HF
            J12.9,   PN
            J15.9,   PN
            J18.9,   PN
            J69.0,   PN
            J41.0,   COPD
            J42,     COPD
            J44.1,   COPD
            J43.9,   COPD
            """)
    void aPrincipalDiagnosisInTheValueSetPutsTheStayInItsCohort(String code, Cohort cohort) {
        assertThat(coded(principal(code))).containsExactly(cohort);
    }

    @ParameterizedTest(name = "principal {0} is in no cohort")
    @CsvSource(textBlock = """
            I20.0
            I11.9
            I13.1
            I09.8
            J11.1
            J19
            J69.1
            J45.909
            J96.00
            A41.9
            """)
    void aNeighbouringPrincipalDiagnosisIsInNoCohort(String code) {
        assertThat(coded(principal(code))).isEmpty();
    }

    @Test
    void aCodeMatchesWithOrWithoutItsDot() {
        assertThat(coded(principal("I110"))).containsExactly(Cohort.HF);
        assertThat(coded(principal("I0981"))).containsExactly(Cohort.HF);
    }

    @Test
    void sepsisPrincipalWithSecondaryPneumoniaIsPneumonia() {
        assertThat(coded(principal("A41.9"), secondary("J18.9"))).containsExactly(Cohort.PN);
        assertThat(coded(principal("A40.3"), secondary("J69.0"))).containsExactly(Cohort.PN);
    }

    @Test
    void pneumoniaAsASecondaryDiagnosisWithoutSepsisPrincipalIsNotPneumonia() {
        assertThat(coded(principal("I50.9"), secondary("J18.9"))).containsExactly(Cohort.HF);
        assertThat(coded(principal("N39.0"), secondary("J18.9"))).isEmpty();
    }

    @Test
    void respiratoryFailureWithSecondaryAcuteCopdIsCopd() {
        assertThat(coded(principal("J96.01"), secondary("J44.1"))).containsExactly(Cohort.COPD);
        assertThat(coded(principal("J96.21"), secondary("J44.0"))).containsExactly(Cohort.COPD);
        assertThat(coded(principal("J96.90"), secondary("J44.1"))).containsExactly(Cohort.COPD);
        assertThat(coded(principal("R09.2"), secondary("J44.0"))).containsExactly(Cohort.COPD);
    }

    @Test
    void respiratoryFailureWithStableCopdOrChronicFailureIsNotCopd() {
        assertThat(coded(principal("J96.01"), secondary("J44.9"))).isEmpty();
        assertThat(coded(principal("J96.10"), secondary("J44.1"))).isEmpty();
    }

    @Test
    void aSecondaryDiagnosisNotPresentOnAdmissionDoesNotCount() {
        CodedDiagnosis acquired = new CodedDiagnosis("J18.9", DiagnosisCodeSystem.ICD10CM, false, false);
        CodedDiagnosis present = new CodedDiagnosis("J18.9", DiagnosisCodeSystem.ICD10CM, false, true);
        assertThat(coded(principal("A41.9"), acquired)).isEmpty();
        assertThat(coded(principal("A41.9"), present)).containsExactly(Cohort.PN);
    }

    @Test
    void aSecondaryDiagnosisOfAnotherSystemIsIgnored() {
        CodedDiagnosis snomed = new CodedDiagnosis("233604007", DiagnosisCodeSystem.SNOMEDCT, false, null);
        assertThat(coded(principal("A41.9"), snomed)).isEmpty();
    }

    @Test
    void aPrincipalOfAnotherSystemPutsTheStayInNoDiagnosisCohort() {
        CodedDiagnosis icd9 = new CodedDiagnosis("428.0", DiagnosisCodeSystem.ICD9CM, true, null);
        assertThat(rules.cohortsOf(List.of(icd9), List.of(), "I50.9")).isEmpty();
    }

    @Test
    void coronaryBypassProceduresAreCabg() {
        assertThat(rules.cohortsOf(List.of(principal("I25.10")), List.of(procedure("0210093")), null))
                .containsExactly(Cohort.CABG);
        assertThat(rules.cohortsOf(List.of(principal("I25.10")), List.of(procedure("0211093")), null))
                .containsExactly(Cohort.CABG);
        assertThat(rules.cohortsOf(List.of(principal("I25.10")), List.of(procedure("0212093")), null))
                .containsExactly(Cohort.CABG);
        assertThat(rules.cohortsOf(List.of(principal("I25.10")), List.of(procedure("0213093")), null))
                .containsExactly(Cohort.CABG);
        assertThat(rules.cohortsOf(List.of(principal("I25.10")), List.of(procedure("0214093")), null)).isEmpty();
    }

    @Test
    void hipAndKneeReplacementsAreThaTka() {
        for (String code : List.of("0SR9019", "0SRB0J9", "0SRC0J9", "0SRD0J9")) {
            assertThat(rules.cohortsOf(List.of(principal("M16.11")), List.of(procedure(code)), null))
                    .as(code).containsExactly(Cohort.THA_TKA);
        }
    }

    @Test
    void aHipReplacementForAFractureIsExcludedFromThaTka() {
        assertThat(rules.cohortsOf(List.of(principal("S72.001A")), List.of(procedure("0SR9019")), null)).isEmpty();
    }

    @Test
    void aStayMayBelongToSeveralCohorts() {
        assertThat(rules.cohortsOf(List.of(principal("I21.4")), List.of(procedure("0210093")), null))
                .containsExactlyInAnyOrder(Cohort.AMI, Cohort.CABG);
    }

    @Test
    void withoutACodingTheWorkingPrincipalDiagnosisDecides() {
        assertThat(rules.cohortsOf(List.of(), List.of(), "I50.9")).containsExactly(Cohort.HF);
        assertThat(rules.cohortsOf(List.of(), List.of(), null)).isEmpty();
    }

    @Test
    void aRevisedCodingMovesTheStayOutOfItsCohort() {
        assertThat(rules.cohortsOf(List.of(principal("J18.9")), List.of(), "J18.9")).containsExactly(Cohort.PN);
        assertThat(rules.cohortsOf(List.of(principal("J45.901"), secondary("J18.9")), List.of(), "J18.9")).isEmpty();
    }

    @Test
    void theShippedValueSetsNameTheirVersion() {
        assertThat(rules.valueSetVersion()).isEqualTo("caretrail-2026.1");
    }
}
