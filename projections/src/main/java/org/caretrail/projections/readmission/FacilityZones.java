package org.caretrail.projections.readmission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;

/** Facility time zones for calendar-day rules; a facility with no configured zone counts in UTC. */
final class FacilityZones {

    private final Function<String, ZoneId> lookup;

    FacilityZones(Function<String, ZoneId> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "zone lookup");
    }

    ZoneId zoneOf(String facilityId) {
        ZoneId zone = lookup.apply(facilityId);
        return zone == null ? ZoneOffset.UTC : zone;
    }

    LocalDate dateAt(String facilityId, Instant instant) {
        return LocalDate.ofInstant(instant, zoneOf(facilityId));
    }

    /** The first instant of the given facility date, which is also the end (exclusive) of the day before. */
    Instant startOf(String facilityId, LocalDate date) {
        return date.atStartOfDay(zoneOf(facilityId)).toInstant();
    }
}
