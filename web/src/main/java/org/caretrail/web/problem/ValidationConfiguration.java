package org.caretrail.web.problem;

import java.time.Clock;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean validation judges "in the future" by CareTrail's own clock, with the configured tolerance, so that a
 * test can fix the clock and a sender whose clock runs a little fast is not refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ValidationProperties.class)
public class ValidationConfiguration {

    @Bean
    ValidationConfigurationCustomizer clinicalClock(Clock clock, ValidationProperties properties) {
        return configuration -> {
            configuration.clockProvider(() -> clock);
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                hibernate.temporalValidationTolerance(properties.futureTolerance());
            }
        };
    }
}
