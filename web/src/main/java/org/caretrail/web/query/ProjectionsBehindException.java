package org.caretrail.web.query;

/** The projections did not reach a requested position in time: the client should retry. */
public class ProjectionsBehindException extends RuntimeException {

    public ProjectionsBehindException(String processingGroup, long position) {
        super("The read model '" + processingGroup + "' has not yet processed position " + position + ".");
    }
}
