package org.caretrail.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Small rules every page follows alike: periods, asOf and paging. */
final class Pages {

    static final int PAGE_SIZE = 50;

    private Pages() {
    }

    /** The period's first day: as given, or the first of the month eleven months before {@code to}. */
    static LocalDate from(LocalDate from, LocalDate to) {
        return from != null ? from : to.withDayOfMonth(1).minusMonths(11);
    }

    static LocalDate to(LocalDate to, Instant now) {
        return to != null ? to : LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** A date picked as asOf means the end of that day (UTC); none means now. */
    static Instant asOf(LocalDate asOf, Instant now) {
        return asOf == null ? now : asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
