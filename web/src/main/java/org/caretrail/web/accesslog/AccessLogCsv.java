package org.caretrail.web.accesslog;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The access log as CSV (RFC 4180), one entry a line, patients separated by spaces. */
public final class AccessLogCsv {

    static final String HEADER = "at,user,role,address,method,path,episodeId,patientIds,status";

    private AccessLogCsv() {
    }

    static String format(AccessLogListing page) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        page.items().forEach(entry -> csv.append(line(entry)).append("\r\n"));
        return csv.toString();
    }

    private static String line(AccessRecord entry) {
        return Stream.of(entry.at().toString(), entry.user(), entry.role(), entry.address(), entry.method(), entry.path(),
                        entry.episodeId(), String.join(" ", entry.patientIds()), String.valueOf(entry.status()))
                .map(AccessLogCsv::field)
                .collect(Collectors.joining(","));
    }

    /** One RFC 4180 field, with a value that would start a spreadsheet formula defused. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        // ids come from URLs anyone can type: keep a spreadsheet from running one that starts like a formula
        String safe = !value.isEmpty() && List.of('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0))
                ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(value);
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
