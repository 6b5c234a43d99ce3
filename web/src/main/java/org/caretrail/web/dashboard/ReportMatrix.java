package org.caretrail.web.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.StatusCount;

/**
 * The compliance report as a table of clock by month, each cell the counts per status (summed over facilities when
 * the report covers several). The month "none" holds clocks with no due, counted by admission date.
 */
public final class ReportMatrix {

    /** The counts of one clock in one month. */
    public record Cell(ComplianceClock clock, String month, Map<ClockStatus, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One clock's cells, in the order of the months. */
    public record Row(ComplianceClock clock, List<Cell> cells) {
    }

    private final List<String> months;
    private final List<Row> rows;

    private ReportMatrix(List<String> months, List<Row> rows) {
        this.months = months;
        this.rows = rows;
    }

    static final String NO_DUE = "none";

    static ReportMatrix of(List<StatusCount> counts) {
        TreeSet<YearMonth> dated = new TreeSet<>();
        boolean undated = false;
        for (StatusCount count : counts) {
            if (count.month() == null) {
                undated = true;
            } else {
                dated.add(count.month());
            }
        }
        List<String> months = new ArrayList<>(dated.stream().map(YearMonth::toString).toList());
        if (undated) {
            months.add(NO_DUE);
        }
        Map<ComplianceClock, Map<String, Map<ClockStatus, Long>>> byClock = new EnumMap<>(ComplianceClock.class);
        for (StatusCount count : counts) {
            String month = count.month() == null ? NO_DUE : count.month().toString();
            byClock.computeIfAbsent(count.clock(), clock -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new EnumMap<>(ClockStatus.class))
                    .merge(count.status(), count.count(), Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        byClock.forEach((clock, cells) -> rows.add(new Row(clock, months.stream()
                .map(month -> new Cell(clock, month, cells.getOrDefault(month, Map.of())))
                .toList())));
        return new ReportMatrix(months, rows);
    }

    public List<String> months() {
        return months;
    }

    public List<Row> rows() {
        return rows;
    }
}
