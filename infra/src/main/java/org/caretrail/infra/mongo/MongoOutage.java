package org.caretrail.infra.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.Optional;

/**
 * Tells a MongoDB outage (unreachable, timed out, pool paused, no primary) from a failure of the request itself,
 * anywhere in a cause chain, since Axon and the driver wrap it: callers answer 503 or retry rather than park.
 */
public final class MongoOutage {

    private static final int MAX_DEPTH = 20;

    private MongoOutage() {
    }

    public static Optional<MongoException> in(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoConnectionPoolClearedException
                    || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException
                    || cause instanceof MongoException mongo && mongo.hasErrorLabel("RetryableWriteError")) {
                return Optional.of((MongoException) cause);
            }
        }
        return Optional.empty();
    }
}
