package org.caretrail.projections.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the rules need to know of each facility: its {@link FacilityCalendar}. Unknown facilities are UTC without
 * holidays.
 */
public final class Facilities {

    private final Map<String, FacilityCalendar> byId;

    public Facilities(Map<String, FacilityCalendar> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static Facilities allUtc() {
        return new Facilities(Map.of());
    }

    /** Facilities known by their time zones only, without holidays. */
    public static Facilities inZones(Map<String, ZoneId> zones) {
        Map<String, FacilityCalendar> calendars = new HashMap<>();
        zones.forEach((id, zone) -> calendars.put(id, new FacilityCalendar(zone, Set.of())));
        return new Facilities(calendars);
    }

    public FacilityCalendar calendarOf(String facilityId) {
        FacilityCalendar calendar = facilityId == null ? null : byId.get(facilityId);
        return calendar == null ? FacilityCalendar.utc() : calendar;
    }

    public ZoneId zoneOf(String facilityId) {
        return calendarOf(facilityId).zone();
    }

    /** The calendar date of an instant at the facility. */
    public LocalDate dateAt(String facilityId, Instant instant) {
        return calendarOf(facilityId).dateOf(instant);
    }

    /** The first instant of a date at the facility, which is also the end (exclusive) of the day before. */
    public Instant startOf(String facilityId, LocalDate date) {
        return calendarOf(facilityId).startOf(date);
    }
}
