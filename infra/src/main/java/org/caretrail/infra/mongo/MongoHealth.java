package org.caretrail.infra.mongo;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.bson.Document;

/**
 * Checks that MongoDB answers, with a command every server understands.
 *
 * <p>Spring's own check sends {@code hello}, which the embedded server does not know; {@code ping}
 * works on both the embedded server and a real one.
 */
public final class MongoHealth {

    private final MongoDatabase database;

    public MongoHealth(MongoDatabase database) {
        this.database = database;
    }

    /** Pings the server; never throws. */
    public Result check() {
        long started = System.nanoTime();
        try {
            database.runCommand(new Document("ping", 1));
            return new Result(true, database.getName(), Duration.ofNanos(System.nanoTime() - started), null);
        } catch (RuntimeException e) {
            return new Result(false, database.getName(), Duration.ofNanos(System.nanoTime() - started),
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The outcome of one check. */
    public record Result(boolean up, String database, Duration latency, String error) {
    }
}
