package org.caretrail.web.notification;

import java.time.Duration;
import org.caretrail.infra.notification.DeliverySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code caretrail.notifications.*}: attempts before a notice is dead, backoff, lease, polling, socket timeouts and
 * sender threads of the delivery worker; {@code enabled=false} stops this instance from delivering (routing goes on).
 */
@ConfigurationProperties("caretrail.notifications")
public record DeliveryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("2s") Duration firstBackoff,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration responseTimeout,
        @DefaultValue("4") int threads) {

    DeliverySettings settings() {
        return new DeliverySettings(maxAttempts, firstBackoff, maxBackoff, lease, pollInterval, connectTimeout,
                responseTimeout, threads);
    }
}
