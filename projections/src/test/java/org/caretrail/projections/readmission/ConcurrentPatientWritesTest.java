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
import java.util.function.BiConsumer;
import org.caretrail.projections.support.EmbeddedMongo;
import org.caretrail.projections.support.EpisodeFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Segments sequenced by patient write different patients at the same time, into the one rate read model they share;
 * nothing may be lost, and each patient ends as if its events had been written one by one.
 */
class ConcurrentPatientWritesTest {

    @RegisterExtension
    static final EmbeddedMongo mongo = new EmbeddedMongo();

    private static final int SEGMENTS = 4;
    private static final int PATIENTS_PER_SEGMENT = 3;
    private static final int EPISODES_PER_PATIENT = 6;

    @Test
    void patientsWrittenFromFourSegmentsAtOnceEndAsIfWrittenOneByOne() throws Exception {
        assertFourSegmentsAtOnceEndAsOneByOne((harness, segment) -> segment.forEach(harness::deliverInOrder));
    }

    @Test
    void patientsWrittenInProcessorBatchesFromFourSegmentsAtOnceEndAsIfWrittenOneByOne() throws Exception {
        assertFourSegmentsAtOnceEndAsOneByOne(
                (harness, segment) -> harness.deliverInBatches(5, segment.toArray(EpisodeFeed[]::new)));
    }

    private static void assertFourSegmentsAtOnceEndAsOneByOne(BiConsumer<ProjectionHarness, List<EpisodeFeed>> deliver)
            throws Exception {
        List<List<EpisodeFeed>> segments = segments();
        ProjectionHarness concurrent = new ProjectionHarness(mongo.newDatabase());
        ProjectionHarness sequential = new ProjectionHarness(mongo.newDatabase());
        ExecutorService pool = Executors.newFixedThreadPool(SEGMENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (List<EpisodeFeed> segment : segments) {
            running.add(pool.submit(() -> {
                start.await();
                deliver.accept(concurrent, segment);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> segment : running) {
            segment.get();
        }
        pool.shutdown();
        segments.forEach(segment -> segment.forEach(sequential::deliverInOrder));

        for (int patient = 0; patient < SEGMENTS * PATIENTS_PER_SEGMENT; patient++) {
            assertThat(concurrent.timeline("P" + patient, ACUTE_30, "2027-01-01T00:00:00Z").stays())
                    .hasSize(EPISODES_PER_PATIENT);
        }
        assertThat(concurrent.storedState()).isEqualTo(sequential.storedState());
    }

    /** Each patient's episodes ten days apart, all on the segment its patient id hashes to, as the policy deals them. */
    private static List<List<EpisodeFeed>> segments() {
        List<List<EpisodeFeed>> segments = new ArrayList<>();
        for (int segment = 0; segment < SEGMENTS; segment++) {
            segments.add(new ArrayList<>());
        }
        Instant first = Instant.parse("2026-01-01T08:00:00Z");
        for (int patient = 0; patient < SEGMENTS * PATIENTS_PER_SEGMENT; patient++) {
            for (int number = 0; number < EPISODES_PER_PATIENT; number++) {
                Instant admitted = first.plus(Duration.ofDays(10L * number)).plus(Duration.ofHours(patient));
                EpisodeFeed episode = EpisodeFeed.recorded("E" + patient + "-" + number, "P" + patient, "F-1")
                        .inpatient(admitted)
                        .discharged("01", admitted.plus(Duration.ofDays(3)));
                segments.get(patient % SEGMENTS).add(episode);
            }
        }
        return segments;
    }
}
