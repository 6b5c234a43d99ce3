package org.caretrail.web.facility;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Facility calendars ({@code caretrail.facilities.<facilityId>.zone} and {@code .holidays}),
 * e.g. {@code caretrail.facilities.F-NY.zone=America/New_York}.
 */
@ConfigurationProperties("caretrail")
public record FacilityProperties(Map<String, Calendar> facilities) {

    /** One facility's zone and holidays. */
    public record Calendar(ZoneId zone, List<LocalDate> holidays) {
    }
}
