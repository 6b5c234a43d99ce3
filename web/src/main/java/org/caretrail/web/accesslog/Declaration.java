package org.caretrail.web.accesslog;

/** What a request's handler declares about patient data. */
enum Declaration {
    /** {@link PatientRead}: the request is logged. */
    PATIENT_READ,
    /** {@link NoPatientData}, a handler outside CareTrail (OpenAPI, errors), or no handler at all. */
    NO_PATIENT_DATA,
    /** A CareTrail handler that declares neither: the request is refused. */
    UNDECLARED
}
