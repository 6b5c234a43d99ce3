package org.caretrail.web.query;

/** A read of something that does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
