package org.caretrail.web.compliance;

import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.StatusCount;

/** The compliance report as CSV: one row per facility, clock, month and status; an empty month means no due time. */
final class ReportCsv {

    static final String HEADER = "facilityId,clock,month,status,count";

    private ReportCsv() {
    }

    static String format(ComplianceReportResponse report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (StatusCount count : report.counts()) {
            csv.append(quoted(count.facilityId())).append(',')
                    .append(count.clock()).append(',')
                    .append(count.month() == null ? "" : count.month().toString()).append(',')
                    .append(count.status()).append(',')
                    .append(count.count()).append("\r\n");
        }
        return csv.toString();
    }

    /** Facility ids come from users: quote them as RFC 4180 says, and keep spreadsheets from running formulas. */
    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
