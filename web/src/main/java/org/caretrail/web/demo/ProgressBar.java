package org.caretrail.web.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A one-line console progress bar: how much is done, how fast, and how long the rest will take. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private volatile long lastPrinted;

    ProgressBar(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = Math.max(1, total);
    }

    void step() {
        long now = done.incrementAndGet();
        long nanos = System.nanoTime();
        if (now == total || nanos - lastPrinted > 500_000_000L) {
            lastPrinted = nanos;
            print(now, nanos);
        }
    }

    void finish() {
        print(done.get(), System.nanoTime());
        out.println();
    }

    private synchronized void print(long count, long nanos) {
        out.print('\r' + line(count, Duration.ofNanos(nanos - started)));
        out.flush();
    }

    /** The bar for {@code count} steps done after {@code elapsed}. */
    String line(long count, Duration elapsed) {
        int filled = (int) (WIDTH * count / total);
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = count / seconds;
        String eta = rate <= 0 ? "--:--" : clock(Duration.ofSeconds((long) ((total - count) / rate)));
        return String.format("%s [%s%s] %,d/%,d  %,.0f/s  ETA %s ", what, "#".repeat(filled),
                " ".repeat(WIDTH - filled), count, total, rate, eta);
    }

    private static String clock(Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }
}
