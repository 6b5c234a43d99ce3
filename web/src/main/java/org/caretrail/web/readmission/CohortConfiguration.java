package org.caretrail.web.readmission;

import org.caretrail.projections.cohort.CohortRules;
import org.caretrail.projections.cohort.ValueSets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cohort value sets in use: a hospital's own file when configured, else the shipped ones. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CohortProperties.class)
public class CohortConfiguration {

    @Bean
    CohortRules cohortRules(CohortProperties properties) {
        return new CohortRules(properties.valueSets() == null
                ? ValueSets.shipped() : ValueSets.load(properties.valueSets()));
    }
}
