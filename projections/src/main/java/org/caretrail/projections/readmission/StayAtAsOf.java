package org.caretrail.projections.readmission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.projections.facility.Facilities;

/**
 * A stay as the clinical world stood at asOf: class changes and a discharge after asOf have not happened.
 *
 * @param finalClass    the class at discharge, or at asOf while the stay is active
 * @param dischargedAt  null while active at asOf
 * @param dischargeDate in the stay's facility zone, null while active
 * @param endDate       the discharge date, or the asOf date while active: where the length of stay ends
 */
record StayAtAsOf(Stay stay, PatientClass finalClass, Instant dischargedAt, String disposition,
                  LocalDate admissionDate, LocalDate dischargeDate, Instant asOf, LocalDate endDate) {

    static final Comparator<StayAtAsOf> ADMISSION_ORDER = Comparator
            .comparing((StayAtAsOf s) -> s.stay().admittedAt())
            .thenComparing(s -> s.stay().episodeId());

    static StayAtAsOf of(Stay stay, Instant asOf, Facilities zones) {
        boolean discharged = stay.dischargedAt() != null && !stay.dischargedAt().isAfter(asOf);
        Instant classAt = discharged ? stay.dischargedAt() : asOf;
        String facility = stay.facilityId();
        return new StayAtAsOf(
                stay,
                classAt(stay.classHistory(), classAt),
                discharged ? stay.dischargedAt() : null,
                discharged ? stay.disposition() : null,
                zones.dateAt(facility, stay.admittedAt()),
                discharged ? zones.dateAt(facility, stay.dischargedAt()) : null,
                asOf,
                zones.dateAt(facility, discharged ? stay.dischargedAt() : asOf));
    }

    /** The class of the latest slice starting at or before the instant; slices arrive in any order. */
    private static PatientClass classAt(List<ClassSlice> history, Instant instant) {
        List<ClassSlice> sorted = history.stream().sorted(Comparator.comparing(ClassSlice::from)).toList();
        ClassSlice current = sorted.get(0);
        for (ClassSlice slice : sorted) {
            if (slice.from().isAfter(instant)) {
                break;
            }
            current = slice;
        }
        return current.patientClass();
    }

    boolean discharged() {
        return dischargedAt != null;
    }

    String facilityId() {
        return stay.facilityId();
    }

    Instant admittedAt() {
        return stay.admittedAt();
    }

    /** The ICD-10 category (first three characters), or null when the diagnosis is missing or too short. */
    String diagnosisCategory() {
        String code = stay.details().principalIcd10(stay.principalDiagnosis());
        if (code == null || code.strip().length() < 3) {
            return null;
        }
        return code.strip().substring(0, 3).toUpperCase(Locale.ROOT);
    }
}
