package org.caretrail.infra.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Processors of a rebuild ask for the same batch at the same moment: one read serves them all, if it is final. */
class SharedBatchesTest {

    private static final TrackingToken FROM = GapAwareTrackingToken.newInstance(10, Set.of());

    private final SharedBatches batches = new SharedBatches(8);
    private final ExecutorService readers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void twoReadersOfTheSameTokenAtTheSameMomentGetOneRead() throws Exception {
        List<TrackedEventMessage<?>> gapless = batch(GapAwareTrackingToken.newInstance(12, Set.of()));
        BlockingRead read = new BlockingRead(() -> gapless);

        Future<List<? extends TrackedEventMessage<?>>> first = readers.submit(() -> batches.after(FROM, read));
        read.awaitStarted();
        Thread secondThread = startWaiter();
        Future<List<? extends TrackedEventMessage<?>>> second = waiter;
        awaitWaiting(secondThread);
        read.release();

        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(gapless);
        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(gapless);
        assertThat(read.calls()).isEqualTo(1);
        // and it is kept for a later reader
        assertThat(batches.after(FROM, read)).isSameAs(gapless);
        assertThat(read.calls()).isEqualTo(1);
    }

    @Test
    void aFailedReadFailsEveryWaiterAndLeavesNothingKept() throws Exception {
        BlockingRead failing = new BlockingRead(() -> {
            throw new IllegalStateException("database gone");
        });

        Future<List<? extends TrackedEventMessage<?>>> first = readers.submit(() -> batches.after(FROM, failing));
        failing.awaitStarted();
        Thread secondThread = startWaiter(failing);
        awaitWaiting(secondThread);
        failing.release();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("database gone");
        assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("database gone");
        assertThat(failing.calls()).isEqualTo(1);

        List<TrackedEventMessage<?>> gapless = batch(GapAwareTrackingToken.newInstance(12, Set.of()));
        AtomicInteger reads = new AtomicInteger();
        assertThat(batches.after(FROM, () -> {
            reads.incrementAndGet();
            return gapless;
        })).isSameAs(gapless);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aReadEndingWithGapsIsNotSharedWithItsWaitersNorKept() throws Exception {
        List<TrackedEventMessage<?>> withGap = batch(GapAwareTrackingToken.newInstance(13, Set.of(12L)));
        BlockingRead read = new BlockingRead(() -> withGap);

        Future<List<? extends TrackedEventMessage<?>>> first = readers.submit(() -> batches.after(FROM, read));
        read.awaitStarted();
        Thread secondThread = startWaiter(read);
        awaitWaiting(secondThread);
        read.release();

        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(withGap);
        assertThat(waiter.get(10, TimeUnit.SECONDS)).isSameAs(withGap);
        // the waiter read again for itself, and a later reader reads again too
        assertThat(read.calls()).isEqualTo(2);
        batches.after(FROM, read);
        assertThat(read.calls()).isEqualTo(3);
    }

    @Test
    void readersOfDifferentTokensDoNotWaitForEachOther() throws Exception {
        List<TrackedEventMessage<?>> gapless = batch(GapAwareTrackingToken.newInstance(12, Set.of()));
        BlockingRead read = new BlockingRead(() -> gapless);
        Future<List<? extends TrackedEventMessage<?>>> first = readers.submit(() -> batches.after(FROM, read));
        read.awaitStarted();

        TrackingToken other = GapAwareTrackingToken.newInstance(20, Set.of());
        List<TrackedEventMessage<?>> later = batch(GapAwareTrackingToken.newInstance(21, Set.of()));
        assertThat(batches.after(other, () -> later)).isSameAs(later);

        read.release();
        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(gapless);
    }

    private Future<List<? extends TrackedEventMessage<?>>> waiter;

    private Thread startWaiter() throws InterruptedException {
        return startWaiter(() -> {
            throw new AssertionError("the second reader must not read");
        });
    }

    // Starts a second reader of FROM and returns its thread, so the test can see it wait.
    private Thread startWaiter(Supplier<List<? extends TrackedEventMessage<?>>> read) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread[] thread = new Thread[1];
        waiter = readers.submit(() -> {
            thread[0] = Thread.currentThread();
            started.countDown();
            return batches.after(FROM, read);
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        return thread[0];
    }

    // The second reader parks on the first one's read (it does not read: BlockingRead counts every call).
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        while (thread.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
    }

    private static List<TrackedEventMessage<?>> batch(GapAwareTrackingToken last) {
        return List.of(new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(11, Set.of()),
                                                        GenericEventMessage.asEventMessage("one")),
                       new GenericTrackedEventMessage<>(last, GenericEventMessage.asEventMessage("two")));
    }

    /** A read that starts, then waits to be released; counts its calls. */
    private static final class BlockingRead implements Supplier<List<? extends TrackedEventMessage<?>>> {

        private final Supplier<List<? extends TrackedEventMessage<?>>> result;
        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger calls = new AtomicInteger();

        BlockingRead(Supplier<List<? extends TrackedEventMessage<?>>> result) {
            this.result = result;
        }

        @Override
        public List<? extends TrackedEventMessage<?>> get() {
            if (calls.incrementAndGet() == 1) {
                started.countDown();
                try {
                    if (!released.await(10, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return result.get();
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            released.countDown();
        }

        int calls() {
            return calls.get();
        }
    }
}
