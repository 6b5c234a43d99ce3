package org.caretrail.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Configuration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.caretrail.web.episode.TransferRequest;
import org.junit.jupiter.api.Test;

/** "In the future" is judged by CareTrail's clock and the configured tolerance, not by the machine's time. */
class ValidationConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aTimeWithinTheToleranceIsAcceptedAndOneBeyondItIsNot() {
        Validator validator = validator(Duration.ofMinutes(5));

        assertThat(validator.validate(new TransferRequest("4W", NOW.plusSeconds(4 * 60)))).isEmpty();
        assertThat(validator.validate(new TransferRequest("4W", NOW.plusSeconds(6 * 60))))
                .extracting(violation -> violation.getPropertyPath().toString() + " " + violation.getMessage())
                .containsExactly("effectiveAt must not be in the future");
    }

    @Test
    void theToleranceIsConfigurable() {
        Validator strict = validator(Duration.ZERO);

        assertThat(strict.validate(new TransferRequest("4W", NOW))).isEmpty();
        assertThat(strict.validate(new TransferRequest("4W", NOW.plusSeconds(1)))).hasSize(1);
    }

    private static Validator validator(Duration tolerance) {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        new ValidationConfiguration()
                .clinicalClock(Clock.fixed(NOW, ZoneOffset.UTC), new ValidationProperties(tolerance))
                .customize(configuration);
        return configuration.buildValidatorFactory().getValidator();
    }
}
