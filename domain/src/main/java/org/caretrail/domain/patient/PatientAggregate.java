package org.caretrail.domain.patient;

/** The one public handle on the package-private patient command side: its type, for Axon's configuration. */
public final class PatientAggregate {

    private PatientAggregate() {
    }

    /** The Patient aggregate's class. */
    public static Class<?> type() {
        return Patient.class;
    }
}
