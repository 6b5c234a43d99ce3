package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.EpisodeSummary;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.problem.Periods;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Finding an episode without its id: by facility, status, case manager, patient and admission day. */
@Controller
class EpisodesPage {

    private final Reads reads;
    private final FacilityChoices facilities;

    EpisodesPage(Reads reads, FacilityChoices facilities) {
        this.reads = reads;
        this.facilities = facilities;
    }

    @PatientRead(patient = "patientId")
    @GetMapping("/app/episodes")
    String episodes(@RequestParam(required = false) String facilityId,
                    @RequestParam(required = false) EpisodeStatus status,
                    @RequestParam(required = false) String caseManagerId,
                    @RequestParam(required = false) String patientId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(defaultValue = "0") int page,
                    HttpServletRequest request, Model model) {
        model.addAttribute("facilities", facilities.ids());
        model.addAttribute("statuses", EpisodeStatus.values());
        model.addAttribute("facilityId", Pages.blankToNull(facilityId));
        model.addAttribute("status", status);
        model.addAttribute("caseManagerId", Pages.blankToNull(caseManagerId));
        model.addAttribute("patientId", Pages.blankToNull(patientId));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("showPatient", Page.PATIENT_READERS.stream().anyMatch(DashboardModel::holds));
        if (Periods.backwards(from, to)) {
            model.addAttribute("problem", "The period ends before it starts: pick a 'to' on or after 'from'.");
            return "episodes";
        }
        EpisodePage episodes = reads.answer(null, ProcessingGroups.EPISODE_VIEW, new ListEpisodesQuery(
                Pages.blankToNull(facilityId), status, Pages.blankToNull(caseManagerId), Pages.blankToNull(patientId),
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                Math.max(0, page), Pages.PAGE_SIZE), EpisodePage.class);
        model.addAttribute("episodes", episodes);
        model.addAttribute("pages", Pages.pages(episodes.total(), Pages.PAGE_SIZE));
        return "episodes";
    }
}
