package org.caretrail.bench;

import java.util.List;

/** Runs the benchmarks named on the command line and prints their tables. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 ? List.of("load") : List.of(args);
        for (String name : names) {
            switch (name) {
                case "load" -> AggregateLoadBench.run(1_000, 100_000);
                default -> throw new IllegalArgumentException("Unknown benchmark '" + name + "'; known: load");
            }
        }
    }
}
