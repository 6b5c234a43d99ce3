package org.caretrail.web.problem;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How input is checked.
 *
 * @param futureTolerance how far ahead of CareTrail's clock a clinical time may be (the sender's clock may run fast)
 */
@ConfigurationProperties("caretrail.validation")
public record ValidationProperties(@DefaultValue("PT5M") Duration futureTolerance) {
}
