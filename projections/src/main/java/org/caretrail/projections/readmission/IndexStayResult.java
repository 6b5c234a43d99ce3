package org.caretrail.projections.readmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;

/**
 * What a rate read model keeps of one judged index stay, so that it can re-judge it for a later asOf.
 *
 * @param dischargeDate     the discharge date in the facility's zone
 * @param outcomeChangesAt  for a PENDING stay, the end of day D + 30 in the facility's zone (exclusive): from then
 *                          on, with no new event, the stay is NOT_READMITTED; null for settled outcomes
 * @param cohorts           the condition cohorts whose rates count this stay
 * @param ageUnknownCohorts the cohorts that would count it had its patient's birth date been known
 */
public record IndexStayResult(
        String patientId,
        String episodeId,
        ReadmissionMeasure measure,
        String facilityId,
        LocalDate dischargeDate,
        ReadmissionOutcome outcome,
        Instant outcomeChangesAt,
        Set<Cohort> cohorts,
        Set<Cohort> ageUnknownCohorts) {

    public IndexStayResult {
        cohorts = cohorts == null ? Set.of() : Set.copyOf(cohorts);
        ageUnknownCohorts = ageUnknownCohorts == null ? Set.of() : Set.copyOf(ageUnknownCohorts);
    }

    /** A result that counts in no cohort. */
    public IndexStayResult(String patientId, String episodeId, ReadmissionMeasure measure, String facilityId,
                           LocalDate dischargeDate, ReadmissionOutcome outcome, Instant outcomeChangesAt) {
        this(patientId, episodeId, measure, facilityId, dischargeDate, outcome, outcomeChangesAt, Set.of(), Set.of());
    }

    /** The outcome at a later asOf, assuming no event about the patient has arrived since it was judged. */
    public ReadmissionOutcome outcomeAt(Instant asOf) {
        if (outcomeChangesAt == null || asOf.isBefore(outcomeChangesAt)) {
            return outcome;
        }
        return ReadmissionOutcome.NOT_READMITTED;
    }
}
