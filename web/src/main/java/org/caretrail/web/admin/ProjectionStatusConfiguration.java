package org.caretrail.web.admin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection statuses as CSV, one projection a line, and the read models' rebuild on upgrade. */
@Configuration(proxyBeanMethods = false)
public class ProjectionStatusConfiguration {

    static final CsvTable<ProjectionStatus> TABLE = CsvTable.of("name,position,headPosition,lag,replaying,progress",
            ProjectionStatus::name, ProjectionStatus::position, ProjectionStatus::headPosition, ProjectionStatus::lag,
            ProjectionStatus::replaying, ProjectionStatus::progress);

    @Bean
    ConfigurerModule readModelUpgrades(ApplicationContext context, MongoDatabase database, Clock clock,
                                       @Value("${caretrail.processing.claim-timeout:10s}") Duration claimTimeout) {
        return new ReadModelUpgrades(context, database, clock, claimTimeout).module();
    }

    @Bean
    CsvConverter<ProjectionStatusPage> projectionStatusCsv() {
        return new CsvConverter<>(ProjectionStatusPage.class, page -> TABLE.format(page.items()));
    }
}
