package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Set;
import org.caretrail.domain.audit.api.AuditTrail;
import org.caretrail.domain.audit.api.FindAuditTrailQuery;
import org.caretrail.domain.compliance.api.EpisodeComplianceResponse;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceQuery;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.query.Reads;
import org.caretrail.web.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One episode: status, class history, referrals; its clocks for those who work or check them (case managers,
 * compliance); its complete audit trail for compliance officers, corrections highlighted.
 */
@Controller
class EpisodePage {

    /** Events that correct or withdraw an earlier one: an auditor looks at these first. */
    static final Set<String> CORRECTIONS = Set.of("DischargeCancelledEvent", "TransferCancelledEvent",
            "EpisodeDetailsCorrectedEvent", "EpisodeCancelledEvent", "ReferralCancelledEvent");

    private final Reads reads;
    private final Clock clock;

    EpisodePage(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @PatientRead(episode = "episodeId")
    @GetMapping("/app/episodes/{episodeId}")
    String episode(@PathVariable String episodeId, HttpServletRequest request, Model model) {
        EpisodeView episode = reads.one(null, ProcessingGroups.EPISODE_VIEW, new FindEpisodeQuery(episodeId),
                EpisodeView.class, "No episode with id '" + episodeId + "'.");
        model.addAttribute("episode", episode);
        model.addAttribute("showPatient", Page.PATIENT_READERS.stream().anyMatch(DashboardModel::holds));
        if (DashboardModel.holds(Role.CASE_MANAGER) || DashboardModel.holds(Role.COMPLIANCE)) {
            model.addAttribute("clocks", reads.one(null, ProcessingGroups.COMPLIANCE,
                    new FindEpisodeComplianceQuery(episodeId, clock.instant()), EpisodeComplianceResponse.class,
                    "No clocks for episode '" + episodeId + "' yet.").clocks());
        }
        if (DashboardModel.holds(Role.COMPLIANCE)) {
            model.addAttribute("audit", reads.one(null, ProcessingGroups.AUDIT_TRAIL,
                    new FindAuditTrailQuery(episodeId), AuditTrail.class,
                    "No audit trail for episode '" + episodeId + "' yet.").entries());
            model.addAttribute("corrections", CORRECTIONS);
        }
        return "episode";
    }
}
