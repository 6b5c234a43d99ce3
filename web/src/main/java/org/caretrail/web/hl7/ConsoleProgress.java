package org.caretrail.web.hl7;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * A progress bar on the console: done of total, rate and time left, redrawn in place on a terminal at most
 * five times a second, or written as a line every tenth of the way when the output is not a terminal.
 */
final class ConsoleProgress implements BiConsumer<Integer, Integer> {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long drawnAt;
    private int lastTenth = -1;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void accept(Integer done, Integer total) {
        long now = System.nanoTime();
        boolean last = done.equals(total);
        if (terminal) {
            if (last || now - drawnAt >= REDRAW_NANOS) {
                drawnAt = now;
                out.print("\r" + line(done, total, now) + (last ? System.lineSeparator() : ""));
                out.flush();
            }
            return;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            out.println(line(done, total, now));
        }
    }

    static String line(int done, int total, long elapsedFrom, long now) {
        double seconds = Math.max((now - elapsedFrom) / 1e9, 1e-3);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        String eta = rate <= 0 ? "--" : format(Duration.ofSeconds((long) Math.ceil((total - done) / rate)));
        return String.format("[%s%s] %d/%d messages, %.0f/s, %s left", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, rate, eta);
    }

    private String line(int done, int total, long now) {
        return line(done, total, started, now);
    }

    private static String format(Duration left) {
        return String.format("%d:%02d:%02d", left.toHours(), left.toMinutesPart(), left.toSecondsPart());
    }
}
