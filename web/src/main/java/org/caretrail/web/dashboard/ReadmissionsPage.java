package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.caretrail.domain.readmission.api.Cohort;
import org.caretrail.domain.readmission.api.FindIndexStaysQuery;
import org.caretrail.domain.readmission.api.IndexStayPage;
import org.caretrail.domain.readmission.api.IndexStayView;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmission.api.ReadmissionOutcome;
import org.caretrail.domain.readmission.api.ReadmissionRatesQuery;
import org.caretrail.domain.readmission.api.ReadmissionRatesResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Readmissions for quality teams: the rate per month as a chart and a table, a month's index stays below it. */
@Controller
class ReadmissionsPage {

    private static final int MAX_MONTHS = 1_200;

    private final Reads reads;
    private final Clock clock;
    private final FacilityChoices facilities;

    ReadmissionsPage(Reads reads, Clock clock, FacilityChoices facilities) {
        this.reads = reads;
        this.clock = clock;
        this.facilities = facilities;
    }

    @PatientRead // a month's index stays name their patients
    @GetMapping("/app/readmissions")
    String readmissions(@RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
                        @RequestParam(required = false) Cohort cohort,
                        @RequestParam(required = false) String facilityId,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        @RequestParam(required = false) YearMonth month,
                        @RequestParam(required = false) ReadmissionOutcome outcome,
                        @RequestParam(defaultValue = "0") int page,
                        HttpServletRequest request, Model model) {
        Instant now = clock.instant();
        LocalDate periodTo = Pages.to(to, now);
        LocalDate periodFrom = Pages.from(from, periodTo);
        Instant judgedAt = Pages.asOf(asOf, now);
        String facility = Pages.blankToNull(facilityId);
        model.addAttribute("measures", ReadmissionMeasure.values());
        model.addAttribute("outcomes", ReadmissionOutcome.values());
        model.addAttribute("facilities", facilities.ids());
        model.addAttribute("measure", measure);
        model.addAttribute("cohorts", Cohort.values());
        model.addAttribute("cohort", cohort);
        model.addAttribute("facilityId", facility);
        model.addAttribute("from", periodFrom);
        model.addAttribute("to", periodTo);
        model.addAttribute("asOfDate", asOf);
        model.addAttribute("asOf", judgedAt);
        if (periodFrom.isAfter(periodTo)) {
            model.addAttribute("problem", "The period ends before it starts: pick a 'to' on or after 'from'.");
            return "readmissions";
        }
        ReadmissionRatesResponse series = reads.answer(null, ProcessingGroups.READMISSION,
                new ReadmissionRatesQuery(measure, cohort, facility, periodFrom, periodTo, judgedAt, 0, MAX_MONTHS),
                ReadmissionRatesResponse.class);
        model.addAttribute("series", series);
        model.addAttribute("total", PeriodTotal.of(series.items()));
        if (month != null) {
            LocalDate first = max(month.atDay(1), periodFrom);
            LocalDate last = min(month.atEndOfMonth(), periodTo);
            IndexStayPage stays = reads.answer(null, ProcessingGroups.READMISSION,
                    new FindIndexStaysQuery(measure, cohort, facility, first, last, outcome, judgedAt, Math.max(0, page),
                            Pages.PAGE_SIZE), IndexStayPage.class);
            model.addAttribute("month", month);
            model.addAttribute("outcome", outcome);
            model.addAttribute("stays", stays);
            model.addAttribute("stayFrom", first);
            model.addAttribute("stayTo", last);
            model.addAttribute("pages", Pages.pages(stays.total(), Pages.PAGE_SIZE));
        }
        return "readmissions";
    }

    @NoPatientData // counts per month
    @GetMapping(path = "/app/readmissions/rates.csv", produces = CsvConverter.TEXT_CSV)
    @ResponseBody
    ReadmissionRatesResponse ratesCsv(@RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
                                      @RequestParam(required = false) Cohort cohort,
                                      @RequestParam(required = false) String facilityId,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate asOf) {
        return reads.answer(null, ProcessingGroups.READMISSION, new ReadmissionRatesQuery(measure, cohort,
                Pages.blankToNull(facilityId), from, to, Pages.asOf(asOf, clock.instant()), 0, MAX_MONTHS),
                ReadmissionRatesResponse.class);
    }

    @PatientRead
    @GetMapping(path = "/app/readmissions/index-stays.csv", produces = CsvConverter.TEXT_CSV)
    @ResponseBody
    IndexStayPage indexStaysCsv(@RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
                                @RequestParam(required = false) Cohort cohort,
                                @RequestParam(required = false) String facilityId,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) ReadmissionOutcome outcome,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf,
                                HttpServletRequest request) {
        IndexStayPage stays = reads.answer(null, ProcessingGroups.READMISSION, new FindIndexStaysQuery(
                measure, cohort, Pages.blankToNull(facilityId), from, to, outcome, Pages.asOf(asOf, clock.instant()), 0,
                10_000), IndexStayPage.class);
        return stays;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
