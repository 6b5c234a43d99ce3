package org.caretrail.projections.readmission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caretrail.domain.readmission.api.ReadmissionMeasure.ACUTE_30;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.junit.jupiter.api.Test;

/** Segments split by episode write one patient at the same time; optimistic concurrency must lose nothing. */
class ConcurrentPatientWritesTest {

    private static final int SEGMENTS = 4;
    private static final int EPISODES_PER_SEGMENT = 8;

    @Test
    void episodesOfOnePatientWrittenFromFourSegmentsAtOnceEndAsIfWrittenOneByOne() throws Exception {
        assertFourSegmentsAtOnceEndAsOneByOne((harness, segment) -> segment.forEach(harness::deliverInOrder));
    }

    @Test
    void episodesOfOnePatientWrittenInProcessorBatchesFromFourSegmentsAtOnceEndAsIfWrittenOneByOne() throws Exception {
        assertFourSegmentsAtOnceEndAsOneByOne(
                (harness, segment) -> harness.deliverInBatches(5, segment.toArray(EpisodeFeed[]::new)));
    }

    private static void assertFourSegmentsAtOnceEndAsOneByOne(BiConsumer<ProjectionHarness, List<EpisodeFeed>> deliver)
            throws Exception {
        List<List<EpisodeFeed>> segments = segments();
        try (ProjectionHarness concurrent = new ProjectionHarness();
             ProjectionHarness sequential = new ProjectionHarness()) {
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

            assertThat(concurrent.timeline("P1", ACUTE_30, "2027-01-01T00:00:00Z").stays())
                    .hasSize(SEGMENTS * EPISODES_PER_SEGMENT);
            assertThat(concurrent.storedState()).isEqualTo(sequential.storedState());
        }
    }

    /**
     * Another segment records the readmission after a batch read the patient and before it was written: the batch's
     * results, judged without it, would land last, so the batch must notice the change and judge again.
     */
    @Test
    void aBatchWhosePatientAnotherSegmentChangedMeanwhileIsJudgedAgain() throws Exception {
        ExecutorService otherSegment = Executors.newSingleThreadExecutor();
        try (ProjectionHarness harness = new ProjectionHarness()) {
            harness.deliverInOneBatch(() -> {
                try {
                    otherSegment.submit(() -> harness.deliverInOrder(ReadmissionProjectionTest.readmission())).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, ReadmissionProjectionTest.indexStay());

            assertThat(harness.rate(ReadmissionMeasure.ACUTE_30, "F-1", "2026-03-01", "2026-03-31",
                    "2026-06-01T00:00:00Z").readmitted()).isEqualTo(1);
        } finally {
            otherSegment.shutdown();
        }
    }

    /**
     * A second segment records a readmission while the first is judging from a read made before it: the first
     * writer's stale results land last, so it must notice the change and judge again.
     */
    @Test
    void aJudgementReadBeforeAnotherSegmentsChangeIsMadeAgain() {
        EpisodeFeed index = ReadmissionProjectionTest.indexStay();
        EpisodeFeed readmission = ReadmissionProjectionTest.readmission();
        AtomicReference<ProjectionHarness> harness = new AtomicReference<>();
        AtomicBoolean interleaved = new AtomicBoolean();
        try (ProjectionHarness racing = new ProjectionHarness((patients, episodes) -> new PatientStore(patients, episodes) {
            @Override
            Optional<PatientStays> find(String patientId) {
                Optional<PatientStays> read = super.find(patientId);
                // the index stay is admitted and its discharge is being judged from this read
                if (read.map(p -> p.episodes().size() == 1).orElse(false) && interleaved.compareAndSet(false, true)) {
                    harness.get().deliverInOrder(readmission);
                }
                return read;
            }
        })) {
            harness.set(racing);
            racing.deliverInOrder(index);

            assertThat(interleaved).isTrue();
            assertThat(racing.rate(ReadmissionMeasure.ACUTE_30, "F-1", "2026-03-01", "2026-03-31",
                    "2026-06-01T00:00:00Z").readmitted()).isEqualTo(1);
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
