package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.readmission.api.ReadmissionMeasure.ACUTE_30;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Segments split by episode write one patient at the same time; optimistic concurrency must lose nothing. */
class ConcurrentPatientWritesTest {

    private static final int SEGMENTS = 4;
    private static final int EPISODES_PER_SEGMENT = 8;

    @Test
    void episodesOfOnePatientWrittenFromFourSegmentsAtOnceEndAsIfWrittenOneByOne() throws Exception {
        List<List<EpisodeFeed>> segments = segments();
        try (ProjectionHarness concurrent = new ProjectionHarness();
             ProjectionHarness sequential = new ProjectionHarness()) {
            ExecutorService pool = Executors.newFixedThreadPool(SEGMENTS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (List<EpisodeFeed> segment : segments) {
                running.add(pool.submit(() -> {
                    start.await();
                    segment.forEach(concurrent::deliverInOrder);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> segment : running) {
                segment.get();
            }
            pool.shutdown();
            segments.forEach(segment -> segment.forEach(sequential::deliverInOrder));

            assertThat(concurrent.timeline("P1", ACUTE_30, "2027-01-01T00:00:00Z").stays())
                    .hasSize(SEGMENTS * EPISODES_PER_SEGMENT);
            assertThat(concurrent.storedState()).isEqualTo(sequential.storedState());
        }
    }

    /** Episodes ten days apart, dealt round-robin to the segments so that neighbours land on different ones. */
    private static List<List<EpisodeFeed>> segments() {
        List<List<EpisodeFeed>> segments = new ArrayList<>();
        for (int segment = 0; segment < SEGMENTS; segment++) {
            segments.add(new ArrayList<>());
        }
        Instant first = Instant.parse("2026-01-01T08:00:00Z");
        for (int number = 0; number < SEGMENTS * EPISODES_PER_SEGMENT; number++) {
            Instant admitted = first.plus(Duration.ofDays(10L * number));
            segments.get(number % SEGMENTS).add(new EpisodeFeed("E" + number, "P1", "F-1")
                    .inpatient(admitted.toString())
                    .discharged(admitted.plus(Duration.ofDays(3)).toString(), "01"));
        }
        return segments;
    }
}
