package org.caretrail.projections.facility;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * A facility's calendar: its time zone, in which the measures and clocks count calendar days, and the holidays on
 * which its staff do not make follow-up calls. The one calendar of every rule.
 */
public record FacilityCalendar(ZoneId zone, Set<LocalDate> holidays) {

    public FacilityCalendar {
        zone = zone == null ? ZoneOffset.UTC : zone;
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** The default for a facility with no configuration: UTC, no holidays. */
    public static FacilityCalendar utc() {
        return new FacilityCalendar(ZoneOffset.UTC, Set.of());
    }

    /** The calendar date of an instant at the facility. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of a calendar day at the facility, which is also the end (exclusive) of the day before. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The last instant (nanosecond) of a calendar day at the facility, so that "by the end of the day" is {@code <=}. */
    public Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
    }

    /** Monday to Friday, less the facility's holidays. */
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The n-th business day strictly after a date (n >= 1). */
    public LocalDate businessDaysAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
