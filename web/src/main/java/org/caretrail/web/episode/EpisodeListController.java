package org.caretrail.web.episode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.caretrail.domain.episode.api.EpisodePage;
import org.caretrail.domain.episode.api.EpisodeStatus;
import org.caretrail.domain.episode.api.ListEpisodesQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.problem.FieldProblem;
import org.caretrail.web.problem.Problems;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.Reads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finds episodes without knowing an id: by facility, status, case manager, patient and admission time. */
@RestController
@Validated
@Tag(name = "Episodes")
public class EpisodeListController {

    private final Reads reads;

    public EpisodeListController(Reads reads) {
        this.reads = reads;
    }

    @PatientRead(patient = "patientId")
    @GetMapping(path = "/api/v1/episodes", produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "Episode summaries (the episode view without referrals), newest admission first, paged; "
            + "'admittedFrom' included, 'admittedTo' excluded; CSV with Accept: text/csv")
    public ResponseEntity<?> list(@RequestParam(required = false) String facilityId,
                                  @RequestParam(required = false) EpisodeStatus status,
                                  @RequestParam(required = false) String caseManagerId,
                                  @RequestParam(required = false) String patientId,
                                  @RequestParam(required = false) Instant admittedFrom,
                                  @RequestParam(required = false) Instant admittedTo,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(10_000) int size,
                                  @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        if (admittedFrom != null && admittedTo != null && admittedTo.isBefore(admittedFrom)) {
            return Problems.respond(Problems.invalid(
                    List.of(new FieldProblem("admittedTo", "must not be before admittedFrom"))));
        }
        ListEpisodesQuery query = new ListEpisodesQuery(blankToNull(facilityId), status, blankToNull(caseManagerId),
                blankToNull(patientId), admittedFrom, admittedTo, page, size);
        return ResponseEntity.ok(reads.answer(position, ProcessingGroups.EPISODE_VIEW, query,
                EpisodePage.class));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
