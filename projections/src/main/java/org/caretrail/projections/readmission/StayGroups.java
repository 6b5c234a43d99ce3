package org.caretrail.projections.readmission;

import java.util.Set;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.projections.cohort.CohortEligibility;

/**
 * What a stay's rates are grouped by: the cohorts its codes put it in, whether its patient counts in the cohort
 * measures, and the provider its discharge sent the patient to (null when none was named).
 */
record StayGroups(Set<Cohort> cohorts, CohortEligibility eligibility, String destinationProviderId) {

    /** The stay counts in the cohort's rate. */
    boolean countsIn(Cohort cohort) {
        return eligibility == CohortEligibility.ELIGIBLE && cohorts.contains(cohort);
    }

    /** The stay would count in the cohort's rate but its patient's birth date is not known. */
    boolean ageUnknownIn(Cohort cohort) {
        return eligibility == CohortEligibility.AGE_UNKNOWN && cohorts.contains(cohort);
    }
}
