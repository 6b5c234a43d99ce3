package org.caretrail.infra.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofSeconds(60);

    @Test
    void eachFailureDoublesTheStepUpToTheMaximum() {
        Backoff longest = new Backoff(FIRST, MAX, () -> 1.0);

        assertThat(longest.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(longest.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(longest.after(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(longest.after(30)).isEqualTo(MAX);
    }

    @Test
    void jitterNeverWaitsLessThanHalfTheStep() {
        Backoff shortest = new Backoff(FIRST, MAX, () -> 0.0);

        assertThat(shortest.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(shortest.after(30)).isEqualTo(Duration.ofSeconds(30));
    }
}
