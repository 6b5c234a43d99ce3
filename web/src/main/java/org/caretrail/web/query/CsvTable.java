package org.caretrail.web.query;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes rows as RFC 4180 CSV with a header line: every field quoted where it must be, and a value that starts like
 * a spreadsheet formula prefixed with an apostrophe, since ids and names come from people and feeds.
 */
public final class CsvTable<T> {

    private final List<String> header;
    private final List<Function<T, Object>> columns;

    private CsvTable(List<String> header, List<Function<T, Object>> columns) {
        this.header = header;
        this.columns = columns;
    }

    /** A table with these column names and, in the same order, how each row gives its value (null: empty). */
    @SafeVarargs
    public static <T> CsvTable<T> of(String header, Function<T, Object>... columns) {
        List<String> names = Arrays.asList(header.split(","));
        if (names.size() != columns.length) {
            throw new IllegalArgumentException(names.size() + " column names for " + columns.length + " columns");
        }
        return new CsvTable<>(names, List.of(columns));
    }

    public String format(List<? extends T> rows) {
        StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
        for (T row : rows) {
            csv.append(columns.stream().map(column -> field(column.apply(row))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Iterable<?> values
                ? String.join(" ", java.util.stream.StreamSupport.stream(values.spliterator(), false)
                        .map(Objects::toString).toList())
                : value.toString();
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(text);
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
