package org.caretrail.projections.risk;

import java.util.List;
import org.caretrail.domain.risk.api.LaceScore;
import org.caretrail.domain.risk.api.RiskBand;

/** The LACE index (van Walraven et al., CMAJ 2010): L + A + C + E, 0 to 19, and its band. */
public final class Lace {

    private static final int ACUTE_POINTS = 3;

    private final CharlsonTable charlson;

    public Lace(CharlsonTable charlson) {
        this.charlson = charlson;
    }

    public LaceScore score(LaceInput input) {
        int length = lengthPoints(input.lengthOfStayDays());
        int acuity = input.acuteAdmission() ? ACUTE_POINTS : 0;
        List<String> conditions = charlson.conditionsOf(input.icd10Diagnoses());
        int comorbidity = comorbidityPoints(charlson.index(conditions));
        int emergency = Math.min(input.emergencyVisits(), 4);
        int score = length + acuity + comorbidity + emergency;
        return new LaceScore(score, band(score), length, acuity, comorbidity, emergency, conditions);
    }

    static int lengthPoints(int days) {
        if (days < 4) {
            return Math.max(days, 0);
        }
        if (days <= 6) {
            return 4;
        }
        return days <= 13 ? 5 : 7;
    }

    static int comorbidityPoints(int charlsonIndex) {
        return charlsonIndex >= 4 ? 5 : charlsonIndex;
    }

    static RiskBand band(int score) {
        if (score <= 4) {
            return RiskBand.LOW;
        }
        return score <= 9 ? RiskBand.MODERATE : RiskBand.HIGH;
    }
}
