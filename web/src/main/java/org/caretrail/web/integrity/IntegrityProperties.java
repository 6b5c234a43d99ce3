package org.caretrail.web.integrity;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tamper evidence settings ({@code caretrail.integrity.*}).
 *
 * @param checkpointInterval how often settled events are chained into a new checkpoint
 * @param batchSize          how many positions one lookup reads, when checkpointing and verifying
 * @param key                the checkpoint signing key, base64, at least 32 bytes ({@code CARETRAIL_INTEGRITY_KEY});
 *                           blank reads {@code keyFile}
 * @param keyFile            the key file, made (owner-only, random) when missing; keep it, or a copy, away from the
 *                           database's host and backups
 */
@ConfigurationProperties("caretrail.integrity")
public record IntegrityProperties(@DefaultValue("PT1M") Duration checkpointInterval,
                                  @DefaultValue("500") int batchSize,
                                  String key,
                                  @DefaultValue("./data/integrity.key") Path keyFile) {
}
