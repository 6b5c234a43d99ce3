package org.caretrail.projections.readmission;

import java.util.List;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.risk.api.LaceScore;

/** What a timeline shows of one stay besides its readmission judgement: cohorts, stay metrics, LACE. */
record StayFigures(List<Cohort> cohorts, int lengthOfStayDays, double observationHours, LaceScore lace) {

    static final StayFigures NONE = new StayFigures(List.of(), 0, 0, null);
}
