package org.caretrail.infra.hl7;

import java.util.Locale;
import org.caretrail.domain.episode.api.PatientClass;

/**
 * The class a message gives its visit (PV1-2, with PV1-18 for observation), or why CareTrail does not
 * track it; both null when the message does not say and need not (a follow-up without PV1-2).
 */
record TrackedClass(PatientClass patientClass, String location, String reason) {

    private static final TrackedClass UNSAID = new TrackedClass(null, null, null);

    static TrackedClass of(AdtFields fields, SenderProfile profile, String trigger) {
        String code = fields.value("PV1", 2, 1);
        String patientType = fields.value("PV1", 18, 1);
        if (code == null) {
            return switch (trigger) {
                case "A06" -> new TrackedClass(PatientClass.INPATIENT, null, null);
                case "A07" -> outpatient(profile, patientType);
                case "A01", "A04" -> untracked("PV1-2", "the visit has no patient class; CareTrail tracks "
                        + "I, E and O with an observation patient type");
                default -> UNSAID;
            };
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "I" -> new TrackedClass(PatientClass.INPATIENT, null, null);
            case "E" -> new TrackedClass(PatientClass.EMERGENCY, null, null);
            case "O" -> outpatient(profile, patientType);
            default -> untracked("PV1-2", "patient class '" + code + "' is not tracked; CareTrail tracks I, E "
                    + "and O with an observation patient type");
        };
    }

    /** Whether the message sets the visit's class, so that an untracked class means an untracked message. */
    boolean opens(String trigger) {
        return switch (trigger) {
            case "A01", "A04", "A06", "A07" -> true;
            default -> false;
        };
    }

    private static TrackedClass outpatient(SenderProfile profile, String patientType) {
        if (profile.isObservationType(patientType)) {
            return new TrackedClass(PatientClass.OBSERVATION, null, null);
        }
        return untracked("PV1-18", "an outpatient visit of patient type '" + (patientType == null ? "" : patientType)
                + "' is not an observation stay; CareTrail does not track it");
    }

    private static TrackedClass untracked(String location, String reason) {
        return new TrackedClass(null, location, reason);
    }
}
