package org.caretrail.projections.notification;

import java.util.Optional;
import java.util.Set;
import org.caretrail.domain.episode.api.PatientClass;
import org.caretrail.domain.notification.api.NotificationTrigger;

/** Which episode events are the triggers of 42 CFR 482.24(d). */
final class TriggerRules {

    /**
     * UB-04 discharge statuses that transfer the patient out to another hospital's inpatient care (short-term,
     * cancer or children's, federal, rehabilitation, long-term care, psychiatric, critical access), with their
     * planned-readmission variants: these are a TRANSFER rather than a DISCHARGE.
     */
    static final Set<String> TRANSFER_OUT = Set.of("02", "05", "43", "62", "63", "65", "66",
            "82", "85", "88", "90", "91", "93", "94");

    private TriggerRules() {
    }

    /** An emergency registration, or an admission (direct observation admissions included). */
    static NotificationTrigger admission(PatientClass patientClass) {
        return patientClass == PatientClass.EMERGENCY ? NotificationTrigger.ED_REGISTRATION : NotificationTrigger.ADMISSION;
    }

    /** An ED patient placed in observation or admitted, or an observation patient admitted as an inpatient. */
    static Optional<NotificationTrigger> classChange(PatientClass from, PatientClass to) {
        boolean admitted = from == PatientClass.EMERGENCY && to != PatientClass.EMERGENCY
                || from == PatientClass.OBSERVATION && to == PatientClass.INPATIENT;
        return admitted ? Optional.of(NotificationTrigger.ADMISSION) : Optional.empty();
    }

    /** A discharge from the ED, observation or an inpatient stay; a TRANSFER when it sends the patient to another hospital. */
    static NotificationTrigger discharge(String disposition) {
        return disposition != null && TRANSFER_OUT.contains(disposition)
                ? NotificationTrigger.TRANSFER : NotificationTrigger.DISCHARGE;
    }
}
