package org.caretrail.web.integrity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tamper evidence settings ({@code caretrail.integrity.*}).
 *
 * @param checkpointInterval how often settled events are chained into a new checkpoint
 * @param batchSize          how many positions one lookup reads, when checkpointing and verifying
 */
@ConfigurationProperties("caretrail.integrity")
public record IntegrityProperties(@DefaultValue("PT1M") Duration checkpointInterval,
                                  @DefaultValue("500") int batchSize) {
}
