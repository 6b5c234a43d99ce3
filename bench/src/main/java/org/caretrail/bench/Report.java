package org.caretrail.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects each benchmark's table, prints it, and writes them all to docs/BENCHMARKS.md with the machine. */
final class Report {

    private final List<Supplier<String>> sections = new ArrayList<>();
    private final Path file;
    private final String command;

    Report(Path file, String command) {
        this.file = file;
        this.command = command;
    }

    /** Adds a table; its rows may still grow, and it is printed and written as it stands at each {@link #write()}. */
    void section(String title, String explanation, Table table) {
        sections.add(() -> "## " + title + "\n\n" + explanation + "\n\n" + table.markdown());
        System.out.println(sections.get(sections.size() - 1).get());
    }

    /** Writes every section so far, so that a long run that is stopped keeps what it measured. */
    void write() throws IOException {
        StringBuilder out = new StringBuilder("# Benchmarks\n\n");
        out.append("Measured ").append(Instant.now()).append(" with `").append(command).append("`.\n\n");
        out.append(machine()).append("\n");
        sections.forEach(section -> out.append(section.get()).append("\n"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out.toString());
        System.out.println("written to " + file.toAbsolutePath());
    }

    /** The one-minute load average with the cores, as "2.1 / 2": figures on a shared machine need it beside them. */
    static String loadAverage() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return String.format("%.1f / %d", os.getSystemLoadAverage(), os.getAvailableProcessors());
    }

    static long heapAfterGcMiB() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return "Machine: " + runtime.availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), max heap " + runtime.maxMemory() / (1024 * 1024)
                + " MiB, JVM arguments " + ManagementFactory.getRuntimeMXBean().getInputArguments() + ".\n";
    }

    /** A Markdown table built row by row. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        Table row(Object... cells) {
            String[] text = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                text[i] = String.valueOf(cells[i]);
            }
            rows.add(text);
            return this;
        }

        String markdown() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < rows.size(); i++) {
                out.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
                if (i == 0) {
                    out.append("|").append("---|".repeat(rows.get(0).length)).append("\n");
                }
            }
            return out.toString();
        }
    }
}
