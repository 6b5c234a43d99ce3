package org.caretrail.web.facility;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.caretrail.projections.facility.Facilities;
import org.caretrail.projections.facility.FacilityCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the facility calendars the measure and clock rules count days in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FacilityProperties.class)
public class FacilityConfiguration {

    @Bean
    Facilities facilities(FacilityProperties properties) {
        Map<String, FacilityCalendar> byId = new HashMap<>();
        if (properties.facilities() != null) {
            properties.facilities().forEach((id, calendar) -> byId.put(id, new FacilityCalendar(calendar.zone(),
                    calendar.holidays() == null ? Set.of() : Set.copyOf(calendar.holidays()))));
        }
        return new Facilities(byId);
    }
}
