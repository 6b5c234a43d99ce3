package org.caretrail.projections.readmission;

import java.util.Set;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.projections.cohort.CohortEligibility;

/** The cohorts a stay's codes put it in, and whether its patient counts in the cohort measures. */
record CohortMembership(Set<Cohort> cohorts, CohortEligibility eligibility) {

    /** The stay counts in the cohort's rate. */
    boolean countsIn(Cohort cohort) {
        return eligibility == CohortEligibility.ELIGIBLE && cohorts.contains(cohort);
    }

    /** The stay would count in the cohort's rate but its patient's birth date is not known. */
    boolean ageUnknownIn(Cohort cohort) {
        return eligibility == CohortEligibility.AGE_UNKNOWN && cohorts.contains(cohort);
    }
}
