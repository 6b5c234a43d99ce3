package org.caretrail.domain.patient.api;

/**
 * The event stream of a patient: its aggregate identifier is prefixed, because the event store keys streams by
 * identifier alone and an episode id may look like any patient id (episode ids never contain '/').
 */
public final class PatientStreams {

    static final String PREFIX = "patient/";

    private PatientStreams() {
    }

    public static String of(String patientId) {
        return PREFIX + patientId;
    }
}
