package org.caretrail.web.readmission;

import org.caretrail.domain.readmission.api.IndexStayPage;
import org.caretrail.domain.readmission.api.IndexStayView;
import org.caretrail.domain.readmission.api.MonthlyRate;
import org.caretrail.domain.readmission.api.ReadmissionRatesResponse;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.CsvTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate series and the index stays as CSV: one month, or one stay, a line; an empty rate has no denominator. */
@Configuration(proxyBeanMethods = false)
public class ReadmissionCsvConfiguration {

    static final CsvTable<MonthlyRate> RATES = CsvTable.of("month,readmitted,notReadmitted,pending,rate",
            MonthlyRate::month, MonthlyRate::readmitted, MonthlyRate::notReadmitted, MonthlyRate::pending,
            MonthlyRate::rate);

    static final CsvTable<IndexStayView> INDEX_STAYS = CsvTable.of(
            "episodeId,patientId,facilityId,dischargedAt,disposition,outcome,readmissionEpisodeId,daysToReadmission,"
                    + "laceScore,laceBand",
            IndexStayView::episodeId, IndexStayView::patientId, IndexStayView::facilityId,
            IndexStayView::dischargedAt, IndexStayView::disposition, IndexStayView::outcome,
            IndexStayView::readmissionEpisodeId, IndexStayView::daysToReadmission,
            stay -> stay.lace() == null ? null : stay.lace().score(),
            stay -> stay.lace() == null ? null : stay.lace().band());

    @Bean
    CsvConverter<ReadmissionRatesResponse> readmissionRatesCsv() {
        return new CsvConverter<>(ReadmissionRatesResponse.class, series -> RATES.format(series.items()));
    }

    @Bean
    CsvConverter<IndexStayPage> indexStaysCsv() {
        return new CsvConverter<>(IndexStayPage.class, page -> INDEX_STAYS.format(page.items()));
    }
}
