package org.caretrail.web.episode;

/** Input limits shared by the request bodies, so that nothing unbounded reaches the event store. */
final class Limits {

    static final String ID_PATTERN = "[A-Za-z0-9._:-]+";
    static final String ID_MESSAGE = "may contain only letters, digits, '.', '_', ':' and '-'";
    static final String ICD10_PATTERN = "[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?";
    static final String ICD10_MESSAGE = "must be an ICD-10 code such as I50.9";
    static final int TEXT = 2000;
    /** A clinical time is recorded once it has happened; the tolerance for clock skew is caretrail.validation.future-tolerance. */
    static final String NOT_FUTURE = "must not be in the future";

    private Limits() {
    }
}
