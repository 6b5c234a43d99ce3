package org.caretrail.web.notification;

/** The ids notifications take from callers: the same alphabet as episode ids (no '/', which stream ids use). */
final class Ids {

    static final String PATTERN = "[A-Za-z0-9._:-]+";
    static final String MESSAGE = "may contain only letters, digits, '.', '_', ':' and '-'";

    private Ids() {
    }
}
