package org.caretrail.projections.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharlsonTableTest {

    private final CharlsonTable table = CharlsonTable.shipped();

    private int index(String... codes) {
        return table.index(table.conditionsOf(List.of(codes)));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            E11.9,   DIABETES_WITHOUT_CHRONIC_COMPLICATION
            E10.65,  DIABETES_WITHOUT_CHRONIC_COMPLICATION
            E11.22,  DIABETES_WITH_CHRONIC_COMPLICATION
            E08.40,  DIABETES_WITH_CHRONIC_COMPLICATION
            E13.9,   DIABETES_WITHOUT_CHRONIC_COMPLICATION
            K70.30,  MILD_LIVER_DISEASE
            K70.40,  MODERATE_OR_SEVERE_LIVER_DISEASE
            I85.00,  MODERATE_OR_SEVERE_LIVER_DISEASE
            C34.90,  ANY_MALIGNANCY
            C78.00,  METASTATIC_SOLID_TUMOUR
            I63.9,   CEREBROVASCULAR_DISEASE
            I42.0,   HEART_FAILURE
            I42.5,   HEART_FAILURE
            F03.90,  DEMENTIA
            B20,     AIDS_HIV
            """)
    void aCodeShowsItsCondition(String code, String condition) {
        assertThat(table.conditionsOf(List.of(code))).containsExactly(condition);
    }

    @ParameterizedTest(name = "{0} is {1}, weight {2}")
    @CsvSource(textBlock = """
            I21.9,    MYOCARDIAL_INFARCTION,                 1
            I25.2,    MYOCARDIAL_INFARCTION,                 1
            P29.0,    HEART_FAILURE,                         1
            I70.0,    PERIPHERAL_VASCULAR_DISEASE,           1
            Z95.8,    PERIPHERAL_VASCULAR_DISEASE,           1
            H34.0,    CEREBROVASCULAR_DISEASE,               1
            G30.9,    DEMENTIA,                              1
            J44.9,    CHRONIC_PULMONARY_DISEASE,             1
            J70.3,    CHRONIC_PULMONARY_DISEASE,             1
            M05.79,   RHEUMATIC_DISEASE,                     1
            M36.0,    RHEUMATIC_DISEASE,                     1
            K25.9,    PEPTIC_ULCER_DISEASE,                  1
            K28.9,    PEPTIC_ULCER_DISEASE,                  1
            B18.2,    MILD_LIVER_DISEASE,                    1
            Z94.4,    MILD_LIVER_DISEASE,                    1
            E14.9,    DIABETES_WITHOUT_CHRONIC_COMPLICATION, 1
            E14.7,    DIABETES_WITH_CHRONIC_COMPLICATION,    2
            G81.90,   HEMIPLEGIA_OR_PARAPLEGIA,              2
            G83.9,    HEMIPLEGIA_OR_PARAPLEGIA,              2
            N18.4,    RENAL_DISEASE,                         2
            Z99.2,    RENAL_DISEASE,                         2
            C50.911,  ANY_MALIGNANCY,                        2
            C97,      ANY_MALIGNANCY,                        2
            K76.7,    MODERATE_OR_SEVERE_LIVER_DISEASE,      3
            I98.2,    MODERATE_OR_SEVERE_LIVER_DISEASE,      3
            C80.1,    METASTATIC_SOLID_TUMOUR,               6
            B24,      AIDS_HIV,                              6
            """)
    void everyConditionOfTheAlgorithmCarriesCharlsonsWeight(String code, String condition, int weight) {
        assertThat(table.conditionsOf(List.of(code))).containsExactly(condition);
        assertThat(index(code)).isEqualTo(weight);
    }

    @Test
    void neighbouringCodesShowNoCondition() {
        assertThat(table.conditionsOf(List.of("I42.1", "I25.1", "K70.5", "C44.9", "E11", "I73.0", "N03.1"))).isEmpty();
    }

    @Test
    void diabetesWithAndWithoutComplicationCountsOnlyTheComplication() {
        assertThat(index("E11.9")).isEqualTo(1);
        assertThat(index("E11.22")).isEqualTo(2);
        assertThat(index("E11.9", "E11.22")).isEqualTo(2);
    }

    @Test
    void mildAndSevereLiverDiseaseCountsOnlyTheSevere() {
        assertThat(index("K70.30")).isEqualTo(1);
        assertThat(index("K70.30", "K72.10")).isEqualTo(3);
        assertThat(table.conditionsOf(List.of("K70.30", "K72.10"))).containsExactly("MODERATE_OR_SEVERE_LIVER_DISEASE");
    }

    @Test
    void malignancyWithMetastasisCountsOnlyTheMetastasis() {
        assertThat(index("C34.90")).isEqualTo(2);
        assertThat(index("C34.90", "C78.00")).isEqualTo(6);
    }

    @Test
    void aConditionCountsOnceHoweverManyCodesShowIt() {
        assertThat(index("I50.9", "I11.0", "I50.23")).isEqualTo(1);
    }

    @Test
    void codesMatchWithOrWithoutTheirDot() {
        assertThat(index("I252")).isEqualTo(1);
    }
}
