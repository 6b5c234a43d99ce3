package org.caretrail.web.config;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.caretrail.projections.support.ProjectionBatches;

/**
 * The token store the processors use: before a batch's token is stored, the projections' pending writes of that
 * batch are applied, so a token never covers events whose writes could still be lost (see {@link ProjectionBatches}).
 */
final class ProjectionFlushingTokenStore extends ForwardingTokenStore {

    ProjectionFlushingTokenStore(TokenStore delegate) {
        super(delegate);
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        ProjectionBatches.flushCurrent();
        super.storeToken(token, processorName, segment);
    }
}
