package org.caretrail.web.compliance;

import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.web.query.CsvConverter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the configured clock rule settings to the compliance read model; writes its report as CSV. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceProperties.class)
public class ComplianceConfiguration {

    @Bean
    ComplianceSettings complianceSettings(ComplianceProperties properties) {
        return new ComplianceSettings(properties.referralResponseWindow());
    }

    @Bean
    CsvConverter<ComplianceReportResponse> complianceReportCsv() {
        return new CsvConverter<>(ComplianceReportResponse.class, ReportCsv::format);
    }
}
