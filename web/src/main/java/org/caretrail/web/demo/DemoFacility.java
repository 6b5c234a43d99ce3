package org.caretrail.web.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * A hospital of the demo system. Two send their ADT over MLLP as HL7, as most hospitals do; the third
 * records admissions and discharges through the command API.
 */
record DemoFacility(String id, ZoneId zone, boolean sendsHl7) {

    static final List<DemoFacility> ALL = List.of(
            new DemoFacility("F-NY-MAIN", ZoneId.of("America/New_York"), true),
            new DemoFacility("F-NY-NORTH", ZoneId.of("America/New_York"), true),
            new DemoFacility("F-CHI", ZoneId.of("America/Chicago"), false));
}
