package org.caretrail.web.episode;

import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeSummary;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The episode list as CSV: one episode a line, its class history left out. */
@Configuration(proxyBeanMethods = false)
public class EpisodeListConfiguration {

    static final CsvTable<EpisodeSummary> CSV = CsvTable.of(
            "episodeId,patientId,facilityId,status,patientClass,admittedAt,dischargedAt,disposition,payer,unit,"
                    + "principalDiagnosis,planned,caseManagerId",
            EpisodeSummary::episodeId, EpisodeSummary::patientId, EpisodeSummary::facilityId, EpisodeSummary::status,
            EpisodeSummary::patientClass, EpisodeSummary::admittedAt, EpisodeSummary::dischargedAt,
            EpisodeSummary::disposition, EpisodeSummary::payer, EpisodeSummary::unit,
            EpisodeSummary::principalDiagnosis, EpisodeSummary::planned, EpisodeSummary::caseManagerId);

    @Bean
    CsvConverter<EpisodePage> episodeListCsv() {
        return new CsvConverter<>(EpisodePage.class, page -> CSV.format(page.items()));
    }
}
