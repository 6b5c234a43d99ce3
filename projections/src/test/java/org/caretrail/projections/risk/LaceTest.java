package org.caretrail.projections.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caretrail.domain.risk.api.LaceScore;
import org.caretrail.domain.risk.api.RiskBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaceTest {

    private final Lace lace = new Lace(CharlsonTable.shipped());

    private LaceScore score(int days, boolean acute, List<String> codes, int edVisits) {
        return lace.score(new LaceInput(days, acute, codes, edVisits));
    }

    @ParameterizedTest(name = "{0} days -> {1}")
    @CsvSource(textBlock = """
            0, 0
            1, 1
            2, 2
            3, 3
            4, 4
            6, 4
            7, 5
            13, 5
            14, 7
            40, 7
            """)
    void lengthOfStayPointsFollowTheBands(int days, int points) {
        assertThat(score(days, false, List.of(), 0).lengthOfStay()).isEqualTo(points);
    }

    @Test
    void anAcuteAdmissionScoresThree() {
        assertThat(score(0, true, List.of(), 0).acuity()).isEqualTo(3);
        assertThat(score(0, false, List.of(), 0).acuity()).isZero();
    }

    @ParameterizedTest(name = "{0} ED visits -> {1}")
    @CsvSource(textBlock = """
            0, 0
            1, 1
            3, 3
            4, 4
            9, 4
            """)
    void emergencyVisitPointsStopAtFour(int visits, int points) {
        assertThat(score(0, false, List.of(), visits).emergencyVisits()).isEqualTo(points);
    }

    @Test
    void charlsonIndexOfFourOrMoreScoresFive() {
        // heart failure 1 + renal 2 = 3 -> 3; plus COPD 1 = 4 -> 5
        assertThat(score(0, false, List.of("I50.9", "N18.4"), 0).comorbidity()).isEqualTo(3);
        assertThat(score(0, false, List.of("I50.9", "N18.4", "J44.1"), 0).comorbidity()).isEqualTo(5);
    }

    @Test
    void theBandsBreakAtFiveAndTen() {
        assertThat(score(3, false, List.of("I50.9"), 0).band()).isEqualTo(RiskBand.LOW); // 4
        assertThat(score(4, false, List.of("I50.9"), 0).band()).isEqualTo(RiskBand.MODERATE); // 5
        assertThat(score(7, true, List.of("I50.9"), 0).score()).isEqualTo(9);
        assertThat(score(7, true, List.of("I50.9"), 0).band()).isEqualTo(RiskBand.MODERATE);
        assertThat(score(7, true, List.of("I50.9"), 1).band()).isEqualTo(RiskBand.HIGH); // 10
    }

    @Test
    void theHighestScoreIsNineteen() {
        LaceScore worst = score(30, true, List.of("C78.0", "B20"), 6);
        assertThat(worst.score()).isEqualTo(19);
        assertThat(worst.band()).isEqualTo(RiskBand.HIGH);
    }

    @Test
    void theScoreNamesTheCharlsonConditionsBehindIt() {
        assertThat(score(2, false, List.of("I21.4", "E11.9"), 0).charlsonConditions())
                .containsExactly("MYOCARDIAL_INFARCTION", "DIABETES_WITHOUT_CHRONIC_COMPLICATION");
    }
}
