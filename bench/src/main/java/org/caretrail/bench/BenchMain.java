package org.caretrail.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the benchmarks named on the command line (default: all), prints their tables and writes
 * them to docs/BENCHMARKS.md: {@code ./mvnw -q -pl bench -am -DskipTests -Pbench package}.
 */
public final class BenchMain {

    private static final List<String> ALL = List.of("append", "load", "service");

    private BenchMain() {
    }

    private static String eventsArguments() {
        StringBuilder arguments = new StringBuilder();
        for (String property : List.of("bench.events", "bench.events.MEMORY", "bench.events.H2")) {
            String value = System.getProperty(property);
            if (value != null) {
                arguments.append(" -D").append(property).append('=').append(value);
            }
        }
        return arguments.toString();
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 || (args.length == 1 && args[0].equals("all")) ? ALL : List.of(args);
        String file = System.getProperty("bench.report", "docs/BENCHMARKS.md");
        Report report = new Report(Path.of(file), "./mvnw -q -pl bench -am -DskipTests -Pbench package -Dbench.args=\""
                + String.join(" ", names) + "\"" + eventsArguments());
        for (String name : names) {
            switch (name) {
                case "append" -> AppendBench.run(report);
                case "load" -> AggregateLoadBench.run(report, 1_000, 100_000, 1_000_000);
                case "timeline" -> org.caretrail.bench.readmission.TimelineBench.main(new String[0]);
                case "service" -> ServiceBench.run(report);
                case "chain" -> ChainAppendBench.run(report, database -> { });
                case "verify" -> VerifyBench.run(report);
                case "notify" -> NotificationBench.run(report);
                case "listener" -> ListenerBench.run(report);
                case "accesslog" -> AccessLogBench.run(report);
                default -> throw new IllegalArgumentException("Unknown benchmark '" + name + "'; known: " + ALL
                        + ", timeline, chain, verify, notify, listener, accesslog");
            }
            report.write();
        }
        // the applications the service benchmark started leave worker threads behind
        System.exit(0);
    }
}
