package org.caretrail.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.caretrail.web.security.SignInThrottledException;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    MutableClock clock = new MutableClock();
    SignInThrottle throttle = new SignInThrottle(new SignInProperties(2, Duration.ofSeconds(1), Duration.ofSeconds(8),
            100, Duration.ofHours(1), Duration.ofMinutes(15)), clock);

    @Test
    void delaysStartAfterTheFreeFailuresDoubleAndStopGrowingAtTheMaximum() {
        assertThat(delayAfterFailures("kim", "10.0.0.1", 2)).isNull();
        assertThat(delayAfterFailures("kim", "10.0.0.1", 1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(delayAfterFailures("kim", "10.0.0.1", 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(delayAfterFailures("kim", "10.0.0.1", 1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(delayAfterFailures("kim", "10.0.0.1", 1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(delayAfterFailures("kim", "10.0.0.1", 1)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aSuccessClearsTheUsersCountButNotTheAddresssSoOneValidAccountDoesNotHideASprayOfGuesses() {
        for (String user : new String[] {"a", "b", "c"}) {
            throttle.failed(user, "10.0.0.9");
        }
        throttle.succeeded("a");

        assertThat(throttle.refusal("a", "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("a", "10.0.0.10")).isEmpty();
        clock.advance(Duration.ofHours(2));
        throttle.failed("d", "10.0.0.9");
        assertThat(throttle.refusal("d", "10.0.0.9")).as("the address's old failures are forgotten").isEmpty();
    }

    @Test
    void aHundredConsecutiveFailuresLockTheUserUntilUnlockedWhateverTheWait() {
        for (int i = 0; i < 99; i++) {
            assertThat(throttle.failed("kim", null)).isFalse();
        }
        assertThat(throttle.failed("kim", null)).as("the hundredth locks").isTrue();
        clock.advance(Duration.ofDays(30));

        SignInThrottledException refusal = throttle.refusal("kim", "10.0.0.1").orElseThrow();
        assertThat(refusal.retryAfter()).isNull();
        assertThat(throttle.locked()).extracting(entry -> entry.getKey()).containsExactly("kim");
        assertThat(throttle.unlock("kim")).isTrue();
        assertThat(throttle.refusal("kim", "10.0.0.1")).isEmpty();
    }

    private Duration delayAfterFailures(String user, String address, int failures) {
        for (int i = 0; i < failures; i++) {
            throttle.failed(user, address);
        }
        return throttle.refusal(user, address).map(SignInThrottledException::retryAfter).orElse(null);
    }

    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
