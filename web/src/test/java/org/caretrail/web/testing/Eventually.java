package org.caretrail.web.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls until a condition holds, for effects that arrive asynchronously (projections, claims, restarts). */
public final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails with {@code what} after {@code timeout}. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            pause();
        }
        throw new AssertionError("not within " + timeout + ": " + what, last);
    }

    /** The first value {@code read} gives that satisfies {@code done}; fails after {@code timeout}. */
    public static <T> T value(String what, Duration timeout, Supplier<T> read, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = null;
        while (System.nanoTime() < deadline) {
            value = read.get();
            if (done.test(value)) {
                return value;
            }
            pause();
        }
        throw new AssertionError("not within " + timeout + ": " + what + "; last seen " + value);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
