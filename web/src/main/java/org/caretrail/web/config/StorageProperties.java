package org.caretrail.web.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where CareTrail keeps its data ({@code caretrail.storage.*}).
 *
 * @param mongodbUri a MongoDB connection string ({@code MONGODB_URI}); blank runs the embedded server
 * @param database   the database name when the URI names none
 * @param dataDir    the embedded server's data directory
 * @param port       the embedded server's loopback port; 0 picks a free one
 * @param inMemory   keep the embedded server's data in memory only (tests)
 */
@ConfigurationProperties("caretrail.storage")
public record StorageProperties(String mongodbUri, String database, Path dataDir, int port, boolean inMemory) {
}
