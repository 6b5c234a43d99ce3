package org.caretrail.infra.mongo;

import java.nio.file.Path;

/**
 * Where CareTrail's data lives: a MongoDB URI, or (when the URI is blank) the embedded server.
 *
 * @param uri          a MongoDB connection string; blank means the embedded server
 * @param database     the database name used when the URI names none
 * @param embeddedDir  the embedded server's data directory
 * @param embeddedPort the embedded server's port on loopback; 0 picks a free one
 * @param inMemory     keep the embedded server's data in memory only (tests, benchmarks)
 */
public record MongoSettings(String uri, String database, Path embeddedDir, int embeddedPort, boolean inMemory) {

    public static final String DEFAULT_DATABASE = "caretrail";

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
