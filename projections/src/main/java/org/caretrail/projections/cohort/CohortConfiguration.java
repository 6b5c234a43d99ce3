package org.caretrail.projections.cohort;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cohort value sets in use: {@code caretrail.cohorts.value-sets}, a CSV file in the shipped format, replaces the
 * value sets CareTrail ships; empty, the shipped ones.
 */
@Configuration(proxyBeanMethods = false)
public class CohortConfiguration {

    @Bean
    CohortRules cohortRules(@Value("${caretrail.cohorts.value-sets:}") String valueSets) {
        return new CohortRules(valueSets.isBlank() ? ValueSets.shipped() : ValueSets.load(Path.of(valueSets)));
    }
}
