package org.caretrail.projections.facility;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know of each facility: its time zone (calendar days are counted in it)
 * and its holidays (business days for follow-up clocks). Unknown facilities are UTC without holidays.
 */
public final class Facilities {

    private final Map<String, Facility> byId;

    public Facilities(Map<String, Facility> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static Facilities allUtc() {
        return new Facilities(Map.of());
    }

    public ZoneId zoneOf(String facilityId) {
        return find(facilityId).map(Facility::zone).orElse(ZoneOffset.UTC);
    }

    public Set<LocalDate> holidaysOf(String facilityId) {
        return find(facilityId).map(Facility::holidays).orElse(Set.of());
    }

    private Optional<Facility> find(String facilityId) {
        return Optional.ofNullable(facilityId).map(byId::get);
    }

    /** One facility's calendar. */
    public record Facility(ZoneId zone, Set<LocalDate> holidays) {

        public Facility {
            zone = zone == null ? ZoneOffset.UTC : zone;
            holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        }
    }
}
