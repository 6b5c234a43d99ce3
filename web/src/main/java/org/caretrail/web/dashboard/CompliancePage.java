package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.caretrail.domain.compliance.api.ClockEntry;
import org.caretrail.domain.compliance.api.ClockPage;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.ComplianceReportResponse;
import org.caretrail.domain.compliance.api.CountClockStatusesQuery;
import org.caretrail.domain.compliance.api.FindClocksQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.infra.integrity.ChainVerifier;
import org.caretrail.infra.integrity.LogVerifiers;
import org.caretrail.infra.integrity.Checkpoint;
import org.caretrail.infra.integrity.CheckpointStore;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Compliance for auditors: the report as clock by month, a cell's clocks below it, and verification of the store. */
@Controller
class CompliancePage {

    private static final int CHECKPOINTS_SHOWN = 5;
    private static final int MAX_CELL_CLOCKS = 10_000;

    private final Reads reads;
    private final Clock clock;
    private final FacilityChoices facilities;
    private final ChainVerifier verifier;
    private final CheckpointStore checkpoints;
    private final LogVerifiers logs;

    CompliancePage(Reads reads, Clock clock, FacilityChoices facilities, ChainVerifier verifier,
                   CheckpointStore checkpoints, LogVerifiers logs) {
        this.logs = logs;
        this.reads = reads;
        this.clock = clock;
        this.facilities = facilities;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    /** The report's parameters, as the form and the cell links carry them. */
    record Filter(String facilityId, LocalDate from, LocalDate to, LocalDate asOf, ComplianceClock clock,
                  ClockStatus status, String month, Integer page) {
    }

    @PatientRead // a cell's clocks name their patients
    @GetMapping("/app/compliance")
    String report(@RequestParam(required = false) String facilityId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(required = false) ComplianceClock clock,
                  @RequestParam(required = false) ClockStatus status,
                  @RequestParam(required = false) String month,
                  @RequestParam(defaultValue = "0") int page,
                  HttpServletRequest request, Model model) {
        Instant now = this.clock.instant();
        LocalDate periodTo = Pages.to(to, now);
        LocalDate periodFrom = from != null ? from : periodTo.withDayOfMonth(1).minusMonths(2);
        Instant judgedAt = Pages.asOf(asOf, now);
        String facility = Pages.blankToNull(facilityId);
        model.addAttribute("facilities", facilities.ids());
        model.addAttribute("facilityId", facility);
        model.addAttribute("from", periodFrom);
        model.addAttribute("to", periodTo);
        model.addAttribute("asOfDate", asOf);
        model.addAttribute("asOf", judgedAt);
        model.addAttribute("statuses", ClockStatus.values());
        if (periodFrom.isAfter(periodTo)) {
            model.addAttribute("problem", "The period ends before it starts: pick a 'to' on or after 'from'.");
            return "compliance";
        }
        ComplianceReportResponse report = reads.answer(null, ProcessingGroups.COMPLIANCE,
                new CountClockStatusesQuery(facility, periodFrom, periodTo, judgedAt), ComplianceReportResponse.class);
        model.addAttribute("matrix", ReportMatrix.of(report.counts()));
        if (clock != null && status != null && month != null) {
            cell(facility, periodFrom, periodTo, judgedAt, clock, status, month, Math.max(0, page), request, model);
        }
        return "compliance";
    }

    @NoPatientData // positions, hashes and counts
    @PostMapping("/app/compliance/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        model.addAttribute("logs", logs.verify());
        List<Checkpoint> recent = checkpoints.latest()
                .map(latest -> checkpoints.range(Math.max(1, latest.number() - CHECKPOINTS_SHOWN + 1),
                        CHECKPOINTS_SHOWN))
                .orElse(List.of());
        List<Checkpoint> newestFirst = new java.util.ArrayList<>(recent);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("checkpoints", newestFirst);
        return "verification";
    }

    private void cell(String facility, LocalDate periodFrom, LocalDate periodTo, Instant judgedAt, ComplianceClock clock,
                      ClockStatus status, String month, int page, HttpServletRequest request, Model model) {
        boolean undated = ReportMatrix.NO_DUE.equals(month);
        LocalDate first = periodFrom;
        LocalDate last = periodTo;
        if (!undated) {
            YearMonth cellMonth = YearMonth.parse(month);
            first = cellMonth.atDay(1).isAfter(periodFrom) ? cellMonth.atDay(1) : periodFrom;
            last = cellMonth.atEndOfMonth().isBefore(periodTo) ? cellMonth.atEndOfMonth() : periodTo;
        }
        ClockPage all = reads.answer(null, ProcessingGroups.COMPLIANCE, new FindClocksQuery(facility, clock,
                status, first, last, judgedAt, 0, MAX_CELL_CLOCKS), ClockPage.class);
        List<ClockEntry> matching = all.items().stream().filter(entry -> undated == (entry.due() == null)).toList();
        int start = Math.min(matching.size(), page * Pages.PAGE_SIZE);
        List<ClockEntry> shown = matching.subList(start, Math.min(matching.size(), start + Pages.PAGE_SIZE));
        model.addAttribute("cell", new Filter(facility, first, last, null, clock, status, month, page));
        model.addAttribute("cellClocks", shown);
        model.addAttribute("cellTotal", matching.size());
        model.addAttribute("pages", Pages.pages(matching.size(), Pages.PAGE_SIZE));
        model.addAttribute("page", page);
    }

    @ModelAttribute("clocks")
    ComplianceClock[] clocks() {
        return ComplianceClock.values();
    }
}
