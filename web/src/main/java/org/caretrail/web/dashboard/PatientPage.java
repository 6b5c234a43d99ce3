package org.caretrail.web.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
import org.caretrail.domain.readmission.api.FindPatientTimelineQuery;
import org.caretrail.domain.readmission.api.PatientTimelineResponse;
import org.caretrail.domain.readmission.api.ReadmissionMeasure;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.query.Reads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A patient's history: the timeline on a time axis, cancelled stays struck through, the stays as a table. */
@Controller
class PatientPage {

    private static final int MAX_CANCELLED = 200;

    private final Reads reads;
    private final Clock clock;

    PatientPage(Reads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @PatientRead(patient = "patientId")
    @GetMapping("/app/patients/{patientId}")
    String patient(@PathVariable String patientId,
                   @RequestParam(defaultValue = "ACUTE_30") ReadmissionMeasure measure,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   HttpServletRequest request, Model model) {
        Instant judgedAt = Pages.asOf(asOf, clock.instant());
        PatientTimelineResponse timeline = reads.one(null, ProcessingGroups.READMISSION,
                new FindPatientTimelineQuery(patientId, measure, judgedAt), PatientTimelineResponse.class,
                "No patient with id '" + patientId + "'.");
        EpisodePage cancelled = reads.answer(null, ProcessingGroups.EPISODE_VIEW,
                new ListEpisodesQuery(null, EpisodeStatus.CANCELLED, null, patientId, null, null, 0, MAX_CANCELLED),
                EpisodePage.class);
        model.addAttribute("patientId", patientId);
        model.addAttribute("measure", measure);
        model.addAttribute("measures", ReadmissionMeasure.values());
        model.addAttribute("asOfDate", asOf);
        model.addAttribute("asOf", judgedAt);
        model.addAttribute("timeline", timeline);
        model.addAttribute("cancelled", cancelled.items());
        model.addAttribute("chart", TimelineChart.of(timeline.stays(), cancelled.items(), judgedAt));
        return "patient";
    }
}
