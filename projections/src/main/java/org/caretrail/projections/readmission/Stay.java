package org.caretrail.projections.readmission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caretrail.domain.episode.api.PatientClass;

/**
 * One episode of a patient as the readmission rules see it, built from its events in any order.
 *
 * @param classHistory the admission class from admittedAt, then each change; any order
 * @param dischargedAt the current discharge (null while active or after a cancelled discharge)
 * @param disposition  the UB-04 discharge status of the current discharge
 * @param principalDiagnosis the working principal diagnosis of the admission (a coding's replaces it in the rules)
 */
public record Stay(
        String episodeId,
        String patientId,
        String facilityId,
        Instant admittedAt,
        List<ClassSlice> classHistory,
        Instant dischargedAt,
        String disposition,
        String principalDiagnosis,
        boolean planned,
        boolean cancelled,
        StayDetails details) {

    /** A stay whose details (payer, birth date, coding) are not known. */
    public Stay(String episodeId, String patientId, String facilityId, Instant admittedAt, List<ClassSlice> classHistory,
                Instant dischargedAt, String disposition, String principalDiagnosis, boolean planned,
                boolean cancelled) {
        this(episodeId, patientId, facilityId, admittedAt, classHistory, dischargedAt, disposition, principalDiagnosis,
                planned, cancelled, StayDetails.NONE);
    }

    public Stay {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(admittedAt, "admittedAt");
        Objects.requireNonNull(classHistory, "classHistory");
        if (classHistory.isEmpty()) {
            throw new IllegalArgumentException("classHistory of episode " + episodeId + " is empty");
        }
        if (dischargedAt != null && dischargedAt.isBefore(admittedAt)) {
            throw new IllegalArgumentException("dischargedAt of episode " + episodeId + " is before admittedAt");
        }
        classHistory = List.copyOf(classHistory);
        details = details == null ? StayDetails.NONE : details;
    }

    public Stay withDetails(StayDetails newDetails) {
        return new Stay(episodeId, patientId, facilityId, admittedAt, classHistory, dischargedAt, disposition,
                principalDiagnosis, planned, cancelled, newDetails);
    }

    /** A new active stay, as its admission event describes it. */
    public static Stay admitted(String episodeId, String patientId, String facilityId, PatientClass admissionClass,
                                Instant admittedAt, String principalDiagnosis, boolean planned) {
        return new Stay(episodeId, patientId, facilityId, admittedAt, List.of(new ClassSlice(admissionClass, admittedAt)),
                null, null, principalDiagnosis, planned, false);
    }

    public Stay withClassChange(PatientClass patientClass, Instant effectiveAt) {
        List<ClassSlice> history = new ArrayList<>(classHistory);
        history.add(new ClassSlice(patientClass, effectiveAt));
        return new Stay(episodeId, patientId, facilityId, admittedAt, history, dischargedAt, disposition,
                principalDiagnosis, planned, cancelled, details);
    }

    public Stay withDischarge(Instant at, String dischargeDisposition) {
        return new Stay(episodeId, patientId, facilityId, admittedAt, classHistory, at, dischargeDisposition,
                principalDiagnosis, planned, cancelled, details);
    }

    public Stay withDischargeCancelled() {
        return new Stay(episodeId, patientId, facilityId, admittedAt, classHistory, null, null,
                principalDiagnosis, planned, cancelled, details);
    }

    public Stay asCancelled() {
        return new Stay(episodeId, patientId, facilityId, admittedAt, classHistory, dischargedAt, disposition,
                principalDiagnosis, planned, true, details);
    }
}
