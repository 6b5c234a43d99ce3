package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caretrail.domain.compliance.api.ClockStatus;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.WorklistEntry;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeSummary;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
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
 * narrowed by clock and case manager, fifty rows a page; the page shown refreshes itself without reloading.
 */
@Controller
@PatientRead // every row names its patient
class WorklistPage {

    static final Duration DUE_SOON = Duration.ofHours(24);
    private static final int MAX_EPISODES = 10_000;
    private static final Comparator<WorklistEntry> OVERDUE_FIRST = Comparator
            .comparing((WorklistEntry entry) -> entry.status() != ClockStatus.OVERDUE)
            .thenComparing(WorklistEntry::due, Comparator.nullsLast(Comparator.naturalOrder()));

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
        List<WorklistEntry> items = entries(facilityId.trim(), clock, Pages.blankToNull(caseManagerId), now);
        WorklistResponse whole = new WorklistResponse(facilityId.trim(), now, items, 0, Math.max(1, items.size()),
                items.size());
        return risk.of(whole, null);
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
        List<WorklistEntry> entries = entries(facility, clockFilter, caseManager, now);
        // a page past the end (the list shrank since the link was made, or a refresh of the last page) shows the last
        int shown = (int) Math.min(Math.max(0, page), Pages.pages(entries.size(), Pages.PAGE_SIZE) - 1);
        long start = (long) shown * Pages.PAGE_SIZE;
        List<WorklistEntry> onPage = start >= entries.size() ? List.of()
                : entries.subList((int) start, (int) Math.min(entries.size(), start + Pages.PAGE_SIZE));
        // the stays' risks are looked up for the rows shown, not for the whole worklist
        WorklistResponse worklist = risk.of(new WorklistResponse(facility, now, onPage, shown, Pages.PAGE_SIZE,
                entries.size()), null);
        model.addAttribute("items", worklist.items());
        model.addAttribute("page", shown);
        model.addAttribute("total", worklist.total());
        model.addAttribute("pages", Pages.pages(worklist.total(), Pages.PAGE_SIZE));
    }

    /**
     * The facility's actionable clocks narrowed by clock and case manager, overdue first, without their risks. The
     * narrowing is done here, so the compliance read model is asked for its whole worklist and the page is cut after.
     */
    private List<WorklistEntry> entries(String facility, ComplianceClock clockFilter, String caseManager,
                                        Instant now) {
        WorklistResponse worklist = reads.answer(null, ProcessingGroups.COMPLIANCE,
                FindWorklistQuery.whole(facility, now), WorklistResponse.class);
        Set<String> ofCaseManager = caseManager == null ? null : episodesOf(facility, caseManager);
        return worklist.items().stream()
                .filter(entry -> clockFilter == null || entry.clock() == clockFilter)
                .filter(entry -> ofCaseManager == null || ofCaseManager.contains(entry.episodeId()))
                .sorted(OVERDUE_FIRST)
                .toList();
    }

    private Set<String> episodesOf(String facility, String caseManager) {
        EpisodePage episodes = reads.answer(null, ProcessingGroups.EPISODE_VIEW,
                new ListEpisodesQuery(facility, null, caseManager, null, null, null, 0, MAX_EPISODES),
                EpisodePage.class);
        Set<String> ids = new HashSet<>();
        episodes.items().stream().map(EpisodeSummary::episodeId).forEach(ids::add);
        return ids;
    }
}
