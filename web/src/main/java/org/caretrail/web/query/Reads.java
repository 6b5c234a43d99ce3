package org.caretrail.web.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Asks a projection a query once it has processed the caller's {@code CareTrail-Position}, so that
 * every read endpoint gives read-your-writes the same way.
 */
@Component
public class Reads {

    private final QueryGateway queries;
    private final ProjectionCatchUp catchUp;

    public Reads(QueryGateway queries, ProjectionCatchUp catchUp) {
        this.queries = queries;
        this.catchUp = catchUp;
    }

    /** The answer of the processing group's projection, after it has passed {@code position} (null: at once). */
    public <R> R answer(Long position, String processingGroup, Object query, Class<R> answerType) {
        catchUp.await(position, processingGroup);
        return queries.query(query, ResponseTypes.instanceOf(answerType)).join();
    }

    /** As {@link #answer}, for a query about one thing: a {@link NotFoundException} saying {@code notFound} if none. */
    public <R> R one(Long position, String processingGroup, Object query, Class<R> answerType, String notFound) {
        catchUp.await(position, processingGroup);
        return queries.query(query, ResponseTypes.optionalInstanceOf(answerType)).join()
                .orElseThrow(() -> new NotFoundException(notFound));
    }
}
