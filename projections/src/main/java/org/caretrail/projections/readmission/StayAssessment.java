package org.caretrail.projections.readmission;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.projections.cohort.CohortEligibility;
import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.risk.Lace;
import org.caretrail.projections.risk.LaceInput;
import org.caretrail.projections.stay.ClassChange;
import org.caretrail.projections.stay.StayMetrics;

/**
 * Works out a stay's {@link StayFigures} among the patient's other stays at one asOf: cohort membership, length of
 * stay, observation hours and LACE, whose emergency visits are the patient's ED visits at any facility admitted in
 * the six calendar months before the admission date (that date excluded).
 */
final class StayAssessment {

    static final int ED_LOOKBACK_MONTHS = 6;

    private final CohortRules cohortRules;
    private final Lace lace;

    StayAssessment(CohortRules cohortRules, Lace lace) {
        this.cohortRules = cohortRules;
        this.lace = lace;
    }

    String valueSetVersion() {
        return cohortRules.valueSetVersion();
    }

    /** @param patientStays every stay of the patient judged at the same asOf, ED visits included */
    StayFigures assess(StayAtAsOf view, List<StayAtAsOf> patientStays) {
        Stay stay = view.stay();
        int lengthOfStay = StayMetrics.lengthOfStayDays(view.admissionDate(), view.endDate());
        double hours = StayMetrics.observationHours(StayMetrics.observationPeriods(changes(stay), view.dischargedAt(),
                view.asOf()), view.asOf());
        List<Cohort> cohorts = membership(view).eligibility() == CohortEligibility.ELIGIBLE
                ? List.copyOf(membership(view).cohorts()) : List.of();
        if (view.finalClass() == PatientClass.EMERGENCY) {
            return new StayFigures(cohorts, lengthOfStay, hours, null);
        }
        int edVisits = (int) patientStays.stream().filter(other -> isEdVisitBefore(other, view)).count();
        LaceInput input = new LaceInput(lengthOfStay, beganInEmergency(stay),
                stay.details().icd10Diagnoses(stay.principalDiagnosis()), edVisits);
        return new StayFigures(cohorts, lengthOfStay, hours, lace.score(input));
    }

    /** The cohorts the stay's codes put it in, and whether its patient counts in the cohort measures. */
    CohortMembership membership(StayAtAsOf view) {
        if (view.finalClass() != PatientClass.INPATIENT) {
            return new CohortMembership(Set.of(), CohortEligibility.NOT_ELIGIBLE);
        }
        StayDetails details = view.stay().details();
        Set<Cohort> byCode = cohortRules.cohortsOf(details.diagnoses(), details.procedures(),
                view.stay().principalDiagnosis());
        return new CohortMembership(byCode, CohortEligibility.of(details.payer(), details.birthDate(),
                view.admissionDate()));
    }

    private static boolean isEdVisitBefore(StayAtAsOf other, StayAtAsOf view) {
        LocalDate admission = view.admissionDate();
        return other.finalClass() == PatientClass.EMERGENCY
                && !other.stay().episodeId().equals(view.stay().episodeId())
                && other.admissionDate().isBefore(admission)
                && !other.admissionDate().isBefore(admission.minusMonths(ED_LOOKBACK_MONTHS));
    }

    private static boolean beganInEmergency(Stay stay) {
        PatientClass first = stay.classHistory().stream()
                .min(java.util.Comparator.comparing(ClassSlice::from)).orElseThrow().patientClass();
        return first == PatientClass.EMERGENCY || stay.details().admittedFromEmergency();
    }

    private static List<ClassChange> changes(Stay stay) {
        return stay.classHistory().stream().map(slice -> new ClassChange(slice.patientClass(), slice.from())).toList();
    }
}
