package org.caretrail.web.compliance;

import org.caretrail.domain.compliance.api.ClockEntry;
import org.caretrail.domain.compliance.api.ClockPage;
import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.ComplianceSettings;
import org.caretrail.domain.compliance.api.WorklistEntry;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the configured clock rule settings to the compliance read model; writes its report, clocks and worklist as CSV. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceProperties.class)
public class ComplianceConfiguration {

    @Bean
    ComplianceSettings complianceSettings(ComplianceProperties properties) {
        return new ComplianceSettings(properties.referralResponseWindow());
    }

    static final CsvTable<ClockEntry> CLOCKS = CsvTable.of(
            "episodeId,patientId,facilityId,clock,referralId,status,due,metAt",
            ClockEntry::episodeId, ClockEntry::patientId, ClockEntry::facilityId, ClockEntry::clock,
            ClockEntry::referralId, ClockEntry::status, ClockEntry::due, ClockEntry::metAt);

    static final CsvTable<WorklistEntry> WORKLIST = CsvTable.of(
            "episodeId,patientId,clock,referralId,status,due,laceScore,laceBand",
            WorklistEntry::episodeId, WorklistEntry::patientId, WorklistEntry::clock, WorklistEntry::referralId,
            WorklistEntry::status, WorklistEntry::due,
            entry -> entry.lace() == null ? null : entry.lace().score(),
            entry -> entry.lace() == null ? null : entry.lace().band());

    @Bean
    CsvConverter<ClockPage> clocksCsv() {
        return new CsvConverter<>(ClockPage.class, page -> CLOCKS.format(page.items()));
    }

    @Bean
    CsvConverter<WorklistResponse> worklistCsv() {
        return new CsvConverter<>(WorklistResponse.class, worklist -> WORKLIST.format(worklist.items()));
    }

    @Bean
    CsvConverter<ComplianceReportResponse> complianceReportCsv() {
        return new CsvConverter<>(ComplianceReportResponse.class, ReportCsv::format);
    }
}
