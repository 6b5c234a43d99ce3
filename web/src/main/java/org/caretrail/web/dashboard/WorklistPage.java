package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.compliance.WorklistRisk;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.Reads;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The case manager's worklist: a facility's OPEN and OVERDUE clocks, overdue first, those due within a day marked,
 * narrowed by clock and case manager, fifty rows a page; the page shown refreshes itself without reloading. The
 * compliance read model narrows, orders and pages; this page asks for the one page it shows.
 */
@Controller
@PatientRead // every row names its patient
class WorklistPage {

    static final Duration DUE_SOON = Duration.ofHours(24);

    private final Reads reads;
    private final Clock clock;
    private final FacilityChoices facilities;
    private final DashboardProperties properties;
    private final WorklistRisk risk;

    WorklistPage(Reads reads, Clock clock, FacilityChoices facilities, DashboardProperties properties,
                 WorklistRisk risk) {
        this.risk = risk;
        this.reads = reads;
        this.clock = clock;
        this.facilities = facilities;
        this.properties = properties;
    }

    @GetMapping("/app/worklist")
    String worklist(@RequestParam(required = false) String facilityId,
                    @RequestParam(required = false) ComplianceClock clock,
                    @RequestParam(required = false) String caseManagerId,
                    @RequestParam(defaultValue = "0") int page,
                    HttpServletRequest request, Model model) {
        model.addAttribute("facilities", facilities.ids());
        model.addAttribute("clocks", ComplianceClock.values());
        model.addAttribute("refreshSeconds", properties.worklistRefresh().toSeconds());
        rows(facilityId, clock, caseManagerId, page, model);
        return "worklist";
    }

    /** The table's rows and pager alone, for the page's refresh: the same page, as it stands now. */
    @GetMapping("/app/worklist/rows")
    String refresh(@RequestParam(required = false) String facilityId,
                   @RequestParam(required = false) ComplianceClock clock,
                   @RequestParam(required = false) String caseManagerId,
                   @RequestParam(defaultValue = "0") int page,
                   HttpServletRequest request, Model model) {
        rows(facilityId, clock, caseManagerId, page, model);
        return "worklist :: rows";
    }

    /** Every entry the filters keep, not one page: an export is for working through the whole list elsewhere. */
    @GetMapping(path = "/app/worklist/worklist.csv", produces = CsvConverter.TEXT_CSV)
    @ResponseBody
    WorklistResponse csv(@RequestParam String facilityId,
                         @RequestParam(required = false) ComplianceClock clock,
                         @RequestParam(required = false) String caseManagerId,
                         HttpServletRequest request) {
        Instant now = this.clock.instant();
        WorklistResponse whole = read(FindWorklistQuery.whole(facilityId.trim(), clock,
                Pages.blankToNull(caseManagerId), now));
        return risk.of(new WorklistResponse(whole.facilityId(), now, whole.items(), 0,
                Math.max(1, whole.items().size()), whole.total()), null);
    }

    private void rows(String facilityId, ComplianceClock clockFilter, String caseManagerId, int page, Model model) {
        String facility = Pages.blankToNull(facilityId);
        String caseManager = Pages.blankToNull(caseManagerId);
        Instant now = clock.instant();
        model.addAttribute("facilityId", facility);
        model.addAttribute("clock", clockFilter);
        model.addAttribute("caseManagerId", caseManager);
        model.addAttribute("asOf", now);
        model.addAttribute("soon", now.plus(DUE_SOON));
        if (facility == null) {
            return;
        }
        WorklistResponse onPage = read(new FindWorklistQuery(facility, clockFilter, caseManager, now,
                Math.max(0, page), Pages.PAGE_SIZE));
        // a page past the end (the list shrank since the link was made, or a refresh of the last page) shows the last
        int last = (int) (Pages.pages(onPage.total(), Pages.PAGE_SIZE) - 1);
        if (onPage.page() > last) {
            onPage = read(new FindWorklistQuery(facility, clockFilter, caseManager, now, last, Pages.PAGE_SIZE));
        }
        // the stays' risks are looked up for the rows shown, not for the whole worklist
        WorklistResponse worklist = risk.of(onPage, null);
        model.addAttribute("items", worklist.items());
        model.addAttribute("page", worklist.page());
        model.addAttribute("total", worklist.total());
        model.addAttribute("pages", Pages.pages(worklist.total(), Pages.PAGE_SIZE));
    }

    private WorklistResponse read(FindWorklistQuery query) {
        return reads.answer(null, ProcessingGroups.COMPLIANCE, query, WorklistResponse.class);
    }
}
