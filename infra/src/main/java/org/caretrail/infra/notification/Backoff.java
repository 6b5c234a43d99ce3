package org.caretrail.infra.notification;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th failed attempt, wait half of min(max, first x 2^(n-1))
 * plus a random part of the other half, so that receivers coming back are not hit by every sender at once, and no
 * wait is shorter than half its step.
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private final DoubleSupplier random;

    Backoff(Duration first, Duration max, DoubleSupplier random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    Duration after(int failedAttempts) {
        long step = first.toMillis();
        for (int i = 1; i < failedAttempts && step < max.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, max.toMillis());
        long half = step / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (step - half)));
    }
}
