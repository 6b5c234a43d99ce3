package org.caretrail.domain.risk.api;

import java.util.List;

/**
 * A stay's LACE score and its four components in points, with the Charlson conditions behind the comorbidity points.
 */
public record LaceScore(int score, RiskBand band, int lengthOfStay, int acuity, int comorbidity, int emergencyVisits,
                        List<String> charlsonConditions) {

    public LaceScore {
        charlsonConditions = List.copyOf(charlsonConditions);
    }
}
