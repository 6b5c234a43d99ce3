package org.caretrail.infra.notification;

import java.time.Duration;

/**
 * How the delivery worker behaves: attempts before a notice is dead, the backoff between attempts (doubling from
 * {@code firstBackoff} up to {@code maxBackoff}, with jitter), the lease an instance holds on a notice while it
 * delivers, how often it looks for work, the socket timeouts, and how many recipients it serves at once.
 */
public record DeliverySettings(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration lease,
                               Duration pollInterval, Duration connectTimeout, Duration responseTimeout, int threads) {

    public DeliverySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (lease.compareTo(connectTimeout.plus(responseTimeout)) <= 0) {
            throw new IllegalArgumentException("the lease (" + lease + ") must outlast a connection and its answer ("
                    + connectTimeout.plus(responseTimeout) + "), or a second instance could send while the first waits");
        }
    }
}
