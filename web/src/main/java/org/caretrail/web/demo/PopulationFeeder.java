package org.caretrail.web.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends a demo population to CareTrail through its real entrances: HL7 over the MLLP listener and commands
 * through the API. Patients are shared out over a few workers; one patient's steps are sent in order by one
 * worker, on its own MLLP connection, each waiting for its answer.
 */
final class PopulationFeeder {

    private final Supplier<CommandChannel> channels;
    private final String mllpHost;
    private final int mllpPort;
    private final int workers;
    private final AtomicLong hl7Accepted = new AtomicLong();
    private final AtomicLong hl7Refused = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    PopulationFeeder(Supplier<CommandChannel> channels, String mllpHost, int mllpPort, int workers) {
        this.channels = channels;
        this.mllpHost = mllpHost;
        this.mllpPort = mllpPort;
        this.workers = workers;
    }

    FeedSummary feed(Population population, ProgressBar progress) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < workers; worker++) {
                int first = worker;
                running.add(pool.submit(() -> work(population.patients(), first, progress)));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the demo feed was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the demo feed stopped: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new FeedSummary(hl7Accepted.get(), hl7Refused.get(), recorded.get(), refused.get(),
                List.copyOf(refusals.subList(0, Math.min(5, refusals.size()))));
    }

    private void work(List<PatientPlan> patients, int first, ProgressBar progress) {
        CommandChannel channel = channels.get();
        MllpClient mllp = null;
        try {
            for (int i = first; i < patients.size(); i += workers) {
                for (Step step : patients.get(i).steps()) {
                    if (step.isHl7()) {
                        if (mllp == null) {
                            mllp = new MllpClient(mllpHost, mllpPort);
                        }
                        String ack = mllp.send(step.hl7());
                        count("AA".equals(ack) ? null : ack + " for " + step.episodeId(), hl7Accepted, hl7Refused);
                    } else {
                        count(channel.send(step.command()), recorded, refused);
                    }
                    progress.step();
                }
            }
        } finally {
            if (mllp != null) {
                mllp.close();
            }
        }
    }

    private void count(String refusal, AtomicLong ok, AtomicLong notOk) {
        if (refusal == null) {
            ok.incrementAndGet();
        } else {
            notOk.incrementAndGet();
            if (refusals.size() < 5) {
                refusals.add(refusal.length() > 300 ? refusal.substring(0, 300) + "..." : refusal);
            }
        }
    }
}
