package org.caretrail.web.accesslog;

/**
 * A request as the access log sees it: what its handler declares, and the episode and patient its
 * path or parameters name (either may be null).
 *
 * @param handler the handler method, for the log of an undeclared one; null when no handler matched
 */
record ClassifiedRequest(Declaration declaration, String handler, String episodeId, String patientId) {

    static final ClassifiedRequest NO_PATIENT_DATA = new ClassifiedRequest(Declaration.NO_PATIENT_DATA, null, null, null);
}
