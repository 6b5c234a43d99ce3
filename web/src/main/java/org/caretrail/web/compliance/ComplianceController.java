package org.caretrail.web.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.EpisodeComplianceResponse;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceKnownAtQuery;
import org.caretrail.domain.compliance.api.FindEpisodeComplianceQuery;
import org.caretrail.domain.compliance.api.FindWorklistQuery;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.compliance.ComplianceProjection;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.query.CsvConverter;
import org.caretrail.web.query.KnownAt;
import org.caretrail.web.query.Reads;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An episode's compliance clocks and a facility's worklist, as they stood at asOf (default: now). */
@RestController
@Validated
@Tag(name = "Compliance", description = "Notice, follow-up and referral clocks")
public class ComplianceController {

    private final Reads reads;
    private final Clock clock;
    private final KnownAt knownAt;
    private final WorklistRisk risk;

    public ComplianceController(Reads reads, Clock clock, KnownAt knownAt, WorklistRisk risk) {
        this.reads = reads;
        this.clock = clock;
        this.knownAt = knownAt;
        this.risk = risk;
    }

    @PatientRead(episode = "id")
    @GetMapping("/api/v1/episodes/{id}/compliance")
    @Operation(summary = "Every compliance clock of the episode at asOf, NOT_APPLICABLE ones included; with "
            + "knownAt, as the events recorded by then had them")
    public EpisodeComplianceResponse episode(@PathVariable String id,
                                             @RequestParam(required = false) Instant asOf,
                                             @RequestParam(name = KnownAt.PARAMETER, required = false)
                                             Instant knownAt,
                                             @RequestHeader(name = PositionHeader.NAME, required = false)
                                             Long position) {
        if (knownAt != null) {
            return reads.one(position, ProcessingGroups.COMPLIANCE, new FindEpisodeComplianceKnownAtQuery(id,
                            asOf == null ? clock.instant() : asOf, this.knownAt.checked(knownAt)),
                    EpisodeComplianceResponse.class, KnownAt.notYetRecorded("Episode '" + id + "'", knownAt));
        }
        return reads.one(position, ProcessingGroups.COMPLIANCE,
                new FindEpisodeComplianceQuery(id, asOf == null ? clock.instant() : asOf),
                EpisodeComplianceResponse.class, "No episode with id '" + id + "'.");
    }

    @PatientRead
    @GetMapping(path = "/api/v1/compliance/worklist",
            produces = {MediaType.APPLICATION_JSON_VALUE, CsvConverter.TEXT_CSV})
    @Operation(summary = "The facility's OPEN and OVERDUE clocks at asOf, soonest due first (so overdue first), "
            + "narrowed to one clock and to the episodes of one case manager when asked, paged, each with its stay's "
            + "LACE readmission risk; total counts the clocks kept; CSV with Accept: text/csv")
    public WorklistResponse worklist(@RequestParam String facilityId,
                                     @RequestParam(required = false) ComplianceClock clock,
                                     @RequestParam(required = false) String caseManagerId,
                                     @RequestParam(required = false) Instant asOf,
                                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(10_000) int size,
                                     @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        // the risks are asked for the page's episodes only, so a long worklist costs one page of lookups
        return risk.of(reads.answer(position, ProcessingGroups.COMPLIANCE,
                new FindWorklistQuery(facilityId, clock, caseManagerId, asOf == null ? this.clock.instant() : asOf,
                        page, size),
                WorklistResponse.class), position);
    }
}
