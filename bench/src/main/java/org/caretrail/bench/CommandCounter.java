package org.caretrail.bench;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the commands a MongoDB client sends, by command name: the round trips an operation costs. */
final class CommandCounter implements CommandListener {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        counts.computeIfAbsent(event.getCommandName(), name -> new LongAdder()).increment();
    }

    void reset() {
        counts.clear();
    }

    /** Commands per operation, e.g. {@code find 2.0, insert 1.0}. */
    String perOperation(long operations) {
        Map<String, Double> sorted = new TreeMap<>();
        counts.forEach((name, count) -> sorted.put(name, count.doubleValue() / operations));
        StringBuilder out = new StringBuilder();
        sorted.forEach((name, per) -> out.append(out.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(String.format("%.1f", per)));
        return out.toString();
    }
}
