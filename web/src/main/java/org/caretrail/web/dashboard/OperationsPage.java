package org.caretrail.web.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caretrail.web.accesslog.NoPatientData;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.admin.DeadLetterController;
import org.caretrail.web.admin.DeadLetterListing;
import org.caretrail.web.admin.ProjectionAdminController;
import org.caretrail.web.admin.ProjectionStatus;
import org.caretrail.web.admin.ProjectionStatuses;
import org.caretrail.web.admin.RetryOutcome;
import org.caretrail.web.hl7.Hl7AdminController;
import org.caretrail.web.hl7.Hl7MessageList;
import org.caretrail.web.hl7.Hl7MessageView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations for administrators: the projections' progress (refreshed while one rebuilds), rebuilding one, the HL7
 * feed's counts, parked and rejected messages with re-run, dead letters with retry. Each action is the API's own.
 */
@Controller
class OperationsPage {

    private final ProjectionStatuses statuses;
    private final ProjectionAdminController projections;
    private final DeadLetterController deadLetters;
    private final Hl7AdminController hl7;
    private final MeterRegistry meters;

    OperationsPage(ProjectionStatuses statuses, ProjectionAdminController projections,
                   DeadLetterController deadLetters, Hl7AdminController hl7, MeterRegistry meters) {
        this.statuses = statuses;
        this.projections = projections;
        this.deadLetters = deadLetters;
        this.hl7 = hl7;
        this.meters = meters;
    }

    @PatientRead // parked HL7 messages and dead letters name patients and episodes
    @GetMapping("/app/operations")
    String operations(Model model) {
        List<ProjectionStatus> all = statuses.all();
        model.addAttribute("projections", all);
        List<DeadLetterListing> letters = new ArrayList<>();
        for (ProjectionStatus projection : all) {
            letters.add(deadLetters.list(projection.name()));
        }
        model.addAttribute("deadLetters", letters);
        Hl7MessageList waiting = hl7.messages(null, 0, Hl7AdminController.MAX_PAGE_SIZE);
        model.addAttribute("messages", waiting.items());
        model.addAttribute("messagesTotal", waiting.total());
        model.addAttribute("feed", feedCounts());
        return "operations";
    }

    /** The projections table alone, for the page's refresh while one rebuilds. */
    @NoPatientData // positions and counts
    @GetMapping("/app/operations/projections")
    String projectionRows(Model model) {
        model.addAttribute("projections", statuses.all());
        return "operations :: projections";
    }

    @NoPatientData
    @PostMapping("/app/operations/projections/{name}/reset")
    String reset(@PathVariable String name, RedirectAttributes redirect) {
        projections.reset(name);
        redirect.addFlashAttribute("notice", "Rebuilding " + name + " from the event store.");
        return "redirect:/app/operations";
    }

    @NoPatientData // counts only
    @PostMapping("/app/operations/projections/{name}/dead-letters/retry")
    String retryDeadLetters(@PathVariable String name, RedirectAttributes redirect) {
        RetryOutcome outcome = deadLetters.retry(name);
        redirect.addFlashAttribute("notice", "Dead letters of " + name + ": " + outcome.retried() + " retried, "
                + outcome.failed() + " failed again, " + outcome.remaining() + " left.");
        return "redirect:/app/operations";
    }

    @PatientRead // answers what became of the message
    @PostMapping("/app/operations/hl7/{id}/retry")
    String retryMessage(@PathVariable String id, RedirectAttributes redirect) {
        Object answer = hl7.retry(id).getBody();
        redirect.addFlashAttribute("notice", answer instanceof Hl7MessageView rerun
                ? "Message " + rerun.controlId() + " re-run: " + rerun.outcome() + "."
                : "Message " + id + " could not be re-run.");
        return "redirect:/app/operations";
    }

    /** Messages by outcome since this instance started, from the HL7 feed's own counter. */
    private Map<String, Long> feedCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Counter counter : meters.find("caretrail.hl7.messages").counters()) {
            String outcome = counter.getId().getTag("outcome");
            counts.merge(outcome == null ? "unknown" : outcome, (long) counter.count(), Long::sum);
        }
        return counts;
    }
}
