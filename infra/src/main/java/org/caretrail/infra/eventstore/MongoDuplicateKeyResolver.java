package org.caretrail.infra.eventstore;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Recognises MongoDB's duplicate key error (11000) so that Axon reports a concurrency conflict. */
public final class MongoDuplicateKeyResolver implements PersistenceExceptionResolver {

    private static final int DUPLICATE_KEY = 11000;

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return isDuplicateKey(exception);
    }

    static boolean isDuplicateKey(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (isDuplicateKeyItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDuplicateKeyItself(Throwable exception) {
        if (exception instanceof DuplicateKeyException) {
            return true;
        }
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                       .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return exception instanceof MongoCommandException command && command.getErrorCode() == DUPLICATE_KEY;
    }
}
