package org.caretrail.projections.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caretrail.domain.episode.api.CodedDiagnosis;
import org.caretrail.domain.episode.api.DiagnosisCodeSystem;
import org.caretrail.domain.readmission.api.Cohort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueSetsTest {

    @TempDir
    Path dir;

    @Test
    void aHospitalsOwnFileReplacesTheShippedValueSets() throws IOException {
        Path file = Files.writeString(dir.resolve("ours.csv"), """
                # version: st-mary-7
                cohort,role,code
                HF,PRINCIPAL,I42
                """);
        CohortRules rules = new CohortRules(ValueSets.load(file));

        assertThat(rules.valueSetVersion()).isEqualTo("st-mary-7");
        assertThat(rules.cohortsOf(List.of(new CodedDiagnosis("I42.0", DiagnosisCodeSystem.ICD10CM, true, null)),
                List.of(), null)).containsExactly(Cohort.HF);
        assertThat(rules.cohortsOf(List.of(), List.of(), "I50.9")).isEmpty();
    }

    @Test
    void aFileWithoutVersionIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("v.csv"), "cohort,role,code\nHF,PRINCIPAL,I50\n");
        assertThatThrownBy(() -> ValueSets.load(file)).hasMessageContaining("version");
    }

    @Test
    void anUnknownCohortOrRoleIsRefusedNamingTheLine() throws IOException {
        Path cohort = Files.writeString(dir.resolve("c.csv"), "# version: 1\ncohort,role,code\nSEPSIS,PRINCIPAL,A41\n");
        Path role = Files.writeString(dir.resolve("r.csv"), "# version: 1\ncohort,role,code\nHF,MAIN,I50\n");
        assertThatThrownBy(() -> ValueSets.load(cohort)).hasMessageContaining("line 3").hasMessageContaining("SEPSIS");
        assertThatThrownBy(() -> ValueSets.load(role)).hasMessageContaining("line 3").hasMessageContaining("MAIN");
    }
}
