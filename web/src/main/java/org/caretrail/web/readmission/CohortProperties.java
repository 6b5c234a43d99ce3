package org.caretrail.web.readmission;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Condition cohort settings under {@code caretrail.cohorts}: {@code value-sets}, a CSV file in the shipped format
 * that replaces the value sets CareTrail ships (empty: the shipped ones).
 */
@ConfigurationProperties("caretrail.cohorts")
public record CohortProperties(Path valueSets) {
}
