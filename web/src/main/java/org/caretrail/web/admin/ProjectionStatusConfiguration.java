package org.caretrail.web.admin;

import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection statuses as CSV, one projection a line. */
@Configuration(proxyBeanMethods = false)
public class ProjectionStatusConfiguration {

    static final CsvTable<ProjectionStatus> TABLE = CsvTable.of("name,position,headPosition,lag,replaying,progress",
            ProjectionStatus::name, ProjectionStatus::position, ProjectionStatus::headPosition, ProjectionStatus::lag,
            ProjectionStatus::replaying, ProjectionStatus::progress);

    @Bean
    CsvConverter<ProjectionStatusPage> projectionStatusCsv() {
        return new CsvConverter<>(ProjectionStatusPage.class, page -> TABLE.format(page.items()));
    }
}
